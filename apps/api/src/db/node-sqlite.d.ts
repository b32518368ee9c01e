// The part of Node's built-in `node:sqlite` (Node ≥ 22.5) that sqlite-driver.ts uses. @types/node 20,
// the floor's types, does not declare the module; these match Node 24's documented API.
declare module "node:sqlite" {
  type SupportedValueType = null | number | bigint | string | Uint8Array;

  interface StatementResultingChanges {
    changes: number | bigint;
    lastInsertRowid: number | bigint;
  }

  class StatementSync {
    all(...anonymousParameters: SupportedValueType[]): Record<string, SupportedValueType>[];
    run(...anonymousParameters: SupportedValueType[]): StatementResultingChanges;
    iterate(
      ...anonymousParameters: SupportedValueType[]
    ): IterableIterator<Record<string, SupportedValueType>>;
    columns(): { name: string }[];
  }

  class DatabaseSync {
    constructor(path: string, options?: { timeout?: number; enableForeignKeyConstraints?: boolean });
    exec(sql: string): void;
    prepare(sql: string): StatementSync;
    close(): void;
  }
}
