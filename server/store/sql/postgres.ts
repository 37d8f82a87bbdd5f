import pg from 'pg';
import type { Sql, SqlDatabase, SqlValue } from './sql.ts';

// 40001 serialization_failure, 40P01 deadlock_detected: safe to run the transaction again.
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

/** `?` placeholders, as SQLite takes them, become `$1, $2, …`. Our SQL has no `?` in literals. */
const converted = new Map<string, string>();
function toPostgres(text: string): string {
  let result = converted.get(text);
  if (result === undefined) {
    let index = 0;
    result = text.replace(/\?/g, () => `$${String((index += 1))}`);
    converted.set(text, result);
  }
  return result;
}

function executor(client: pg.Pool | pg.PoolClient): Sql {
  async function query<Row>(text: string, params: readonly SqlValue[]) {
    return client.query<Row & pg.QueryResultRow>(toPostgres(text), [...params]);
  }
  return {
    async all<Row>(text: string, params: readonly SqlValue[] = []) {
      return (await query<Row>(text, params)).rows;
    },
    async get<Row>(text: string, params: readonly SqlValue[] = []) {
      return (await query<Row>(text, params)).rows[0];
    },
    async run(text: string, params: readonly SqlValue[] = []) {
      return (await query(text, params)).rowCount ?? 0;
    },
  };
}

function int8AsNumber(): pg.TypeOverrides {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, Number);
  return types;
}

export type PostgresOptions = {
  /** A schema to work in (created if missing), so that tests can share one database. */
  schema?: string;
  maxConnections?: number;
};

/** PostgreSQL through node-postgres. Commits are durable (synchronous_commit stays on). */
export function openPostgres(url: string, options: PostgresOptions = {}): SqlDatabase {
  const schema = options.schema;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 16,
    // Amounts and times are BIGINT; they fit a JS number (both stay below 2^53).
    types: int8AsNumber(),
    pipeline: true,
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', (error) => {
    console.error('PostgreSQL connection error:', error.message);
  });

  async function attempt<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      // Pipelined: BEGIN goes out with the first statement instead of costing a round trip.
      const begun = client.query('BEGIN');
      begun.catch(() => undefined);
      const value = await fn(executor(client));
      await begun;
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    engine: 'postgres',
    async transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
      for (let tries = 1; ; tries += 1) {
        try {
          return await attempt(fn);
        } catch (error) {
          if (tries >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        }
      }
    },
    async exec(text: string): Promise<void> {
      if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await pool.query(text);
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}

function isRetryable(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    RETRYABLE.has(error.code)
  );
}
