import { UserInputError } from './errors';

/** Every object type with a global ID. */
export type IdType =
  | 'User'
  | 'Membership'
  | 'Organization'
  | 'Region'
  | 'Invitation'
  | 'AuditEvent'
  | (string & { readonly __idType?: never });

/** One opaque ID scheme for the whole API: base64url of `Type:localId`. */
export function toGlobalId(type: IdType, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

/** Decodes a global ID and checks its type; a malformed or foreign ID is a clear input error. */
export function fromGlobalId(type: IdType, globalId: string, field: string[] = ['id']): string {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep <= 0 || decoded.slice(0, sep) !== type || decoded.length === sep + 1 || toGlobalId(type, decoded.slice(sep + 1)) !== globalId) {
    throw new UserInputError('INVALID_ID', `This is not a valid ${type} ID.`, field);
  }
  const local = decoded.slice(sep + 1);
  if (isUuidType(type) && !UUID.test(local)) throw new UserInputError('INVALID_ID', `This is not a valid ${type} ID.`, field);
  return local;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isUuidType = (type: IdType) => type !== 'Region' && type !== 'AuditEvent';
