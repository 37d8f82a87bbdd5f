import type { Context } from 'hono';
import { z } from 'zod';
import { fieldErrors } from '../../protocol/problem.ts';
import { invalidField, validationProblem } from './problem.ts';

const BODY = '(body)';

/** Parses request text as JSON and validates it; throws a 400 problem naming each bad field. */
export function parseJsonBody<T>(text: string, schema: z.ZodType<T>): T {
  if (text.trim() === '') throw invalidField(BODY, 'is empty; a JSON object is required');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse messages quote the input, which may hold a payment code: keep them out.
    throw invalidField(BODY, 'must be valid JSON');
  }
  const result = schema.safeParse(json);
  if (!result.success) throw validationProblem(fieldErrors(splitUnknownKeys(result.error)));
  return result.data;
}

/** Like parseJsonBody, but an empty body counts as `{}` (for calls whose fields are all optional). */
export function parseOptionalJsonBody<T>(text: string, schema: z.ZodType<T>): T {
  return parseJsonBody(text.trim() === '' ? '{}' : text, schema);
}

export async function readJsonBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  return parseJsonBody(await c.req.text(), schema);
}

/** Validates one path parameter; throws a 400 problem naming it. */
export function parseParam<T>(name: string, value: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw validationProblem(
      result.error.issues.map((issue) => ({ path: name, message: issue.message })),
    );
  }
  return result.data;
}

/** zod reports all unknown keys of an object as one issue; report one per key, at its own path. */
function splitUnknownKeys(error: z.ZodError): z.ZodError {
  return new z.ZodError(
    error.issues.flatMap((issue): z.core.$ZodIssue[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            ...issue,
            keys: [key],
            path: [...issue.path, key],
            message: 'is not a known field',
          }))
        : [issue],
    ),
  );
}
