import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const fenError = () =>
  new GraphQLError('Amounts are whole numbers of fen (1 yuan = 100 fen), given as an integer or a string of digits.', {
    extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_AMOUNT' },
  });

function parseFen(value: unknown): bigint {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw fenError();
    return BigInt(value);
  }
  if (typeof value === 'string' && /^-?\d{1,16}$/.test(value)) return BigInt(value);
  throw fenError();
}

/** Money in fen: a bigint inside the server, a string of digits on the wire. */
export const FenScalar = new GraphQLScalarType<bigint, string>({
  name: 'Fen',
  serialize: (value) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new GraphQLError('A Fen value must be a whole number.');
  },
  parseValue: parseFen,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return parseFen(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw fenError();
  },
});

const dateError = () => new GraphQLError('Times are ISO 8601 strings, e.g. 2026-09-27T08:00:00Z.', { extensions: { code: 'BAD_USER_INPUT' } });
function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) throw dateError();
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw dateError();
  return d;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('A DateTime value must be a date.');
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw dateError();
    return parseDate(ast.value);
  },
});
