import { uuidv7 } from "uuidv7";

/** Time-ordered UUIDv7: ids sort by creation, which keeps inserts local in B-tree indexes. */
export function newId(): string {
  return uuidv7();
}
