/** Postgres array literals, so a list goes to the database as one parameter (`= ANY($1::uuid[])`) instead of one per element. */

/** A Postgres array literal of uuids (checked), one parameter instead of one per element. */
export const uuidArray = (ids: readonly string[]): string => {
  for (const id of ids) if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`not a uuid: ${id}`);
  return `{${ids.join(',')}}`;
};
/** A Postgres array literal of texts, quoted. */
export const textArray = (values: readonly string[]): string => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
