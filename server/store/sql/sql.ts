/**
 * The one interface the repositories use to reach a database. Both engines (SQLite and
 * PostgreSQL) run the same SQL text: `?` placeholders, double-quoted aliases, `ON CONFLICT`,
 * `RETURNING`. Anything engine-specific stays in the two adapters and the schema.
 */
export type SqlValue = string | number | null;

export type Engine = 'sqlite' | 'postgres';

export interface Sql {
  all<Row>(text: string, params?: readonly SqlValue[]): Promise<Row[]>;
  get<Row>(text: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
  /** Runs a statement and returns the number of rows it changed. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDatabase {
  readonly engine: Engine;
  /**
   * Runs `fn` atomically: its writes commit together, durably, before the promise settles, or
   * not at all if it throws. `fn` must only await the `Sql` it is given: waiting on anything
   * else (timers, network, crypto) would hold the database for everyone.
   */
  transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** Runs DDL text with several statements, outside any transaction the caller holds. */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}
