/**
 * Garbage in, clean 4xx out: every endpoint that reads a body or path parameters, hit with
 * generated and hand-written bad input. Each case must answer a 4xx application/problem+json
 * with a schema-valid problem, and change nothing: no repository write (besides the signature
 * nonce), no balance, ledger, payment, code or pairing-code change.
 */
import { serve } from '@hono/node-server';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IssueOfflineCodesRequestSchema } from '../../protocol/offline-code.ts';
import { routePaymentCode } from '../../protocol/payment-code.ts';
import { API_BASE, apiPaths } from '../../protocol/paths.ts';
import {
  CONFIRMATION_THRESHOLD,
  OutTradeNoSchema,
  PayRequestSchema,
} from '../../protocol/payments.ts';
import type { Problem } from '../../protocol/problem.ts';
import { RefundRequestSchema } from '../../protocol/refunds.ts';
import { SettlementDateSchema } from '../../protocol/settlements.ts';
import { signRequest } from '../../protocol/signing.ts';
import {
  CreatePairingCodeRequestSchema,
  CreateTerminalRequestSchema,
  PairingCodeSchema,
  PairRequestSchema,
} from '../../protocol/terminals.ts';
import {
  CreateWalletRequestSchema,
  IssueCodeRequestSchema,
  TradeNoSchema,
  WalletIdSchema,
  type WalletCreated,
} from '../../protocol/wallets.ts';
import { MAX_BODY_BYTES } from '../http/body-limit.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';
import { spyOnWrites } from '../test-support/write-spy.ts';
import { readProblemAnswer } from './answers.ts';

const RUNS_PER_ENDPOINT = 60;
const TEN_MB = 10 * 1024 * 1024;
const PAID = 'fuzzPaid';
const WAITING = 'fuzzWaiting';
const EmptySchema = z.strictObject({});

let h: Harness;
let terminal: TestTerminal;
let wallet: WalletCreated;
let freshCode: string;
let pairingCode: string;
let waitingTradeNo: string;
let writes: string[];

beforeEach(async () => {
  // Hundreds of pairing attempts from one address: the open ceiling has its own tests.
  h = await createHarness({ demo: false, openRateLimit: null });
  terminal = await h.createTerminal();
  wallet = await h.createWallet(1_000_000);
  await h.payFrom(terminal, wallet, { outTradeNo: PAID, amount: 5_000 });
  const waiting = await h.payFrom(terminal, wallet, {
    outTradeNo: WAITING,
    amount: CONFIRMATION_THRESHOLD + 1,
  });
  expect(waiting.status).toBe('USERPAYING');
  waitingTradeNo = waiting.tradeNo;
  freshCode = await h.issueCode(wallet);
  const pairing = await h.request('POST', apiPaths.pairingCodes, { token: ADMIN_TOKEN_FOR_TESTS });
  pairingCode = PairingCodeSchema.parse(await pairing.json()).code;
  writes = spyOnWrites(h.store).writes;
});

/** What a wrongly accepted request could have changed. */
function snapshot() {
  return h.store.transaction(async (r) => ({
    total: await r.wallets.totalBalance(),
    ledger: await r.ledger.totals(),
    balance: (await r.wallets.find(wallet.walletId))?.balance,
    paid: await r.payments.find(terminal.merchantId, PAID),
    waiting: await r.payments.find(terminal.merchantId, WAITING),
    code: await r.wallets.findCode(h.codeHash.hash(freshCode)),
    pairing: await r.pairingCodes.find(pairingCode),
  }));
}

/** Sends a request that must be refused, and checks the refusal and that nothing changed. */
async function expectRefused(send: () => Promise<Response>, path?: string): Promise<Problem> {
  writes.length = 0;
  const before = await snapshot();
  const response = await send();
  expect(response.status, 'a 4xx answer').toBeGreaterThanOrEqual(400);
  expect(response.status, 'a 4xx answer').toBeLessThan(500);
  const problem = await readProblemAnswer(response);
  if (path !== undefined) {
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.map((error) => error.path)).toContain(path);
  }
  expect(
    writes.filter((write) => !write.startsWith('nonces.')),
    'repository writes',
  ).toEqual([]);
  expect(await snapshot()).toEqual(before);
  return problem;
}

type BodyEndpoint = {
  name: string;
  fields: Readonly<Record<string, z.ZodType>>;
  schema: z.ZodType;
  /** A valid body: the cases break it. */
  base: () => Record<string, unknown>;
  /** An empty body counts as `{}`. */
  optionalBody: boolean;
  /** Rules beyond the schema that the route also enforces with a 400 naming the field. */
  accepts?: (body: Record<string, unknown>) => boolean;
  send: (text: string) => Promise<Response>;
};

function signedPost(path: () => string) {
  return (text: string) => h.signed(terminal, 'POST', path(), text);
}

function withToken(method: string, path: () => string, token: () => string) {
  return (text: string) => h.request(method, path(), { token: token(), body: text });
}

const admin = () => ADMIN_TOKEN_FOR_TESTS;
const walletToken = () => wallet.token;

const BODY_ENDPOINTS: readonly BodyEndpoint[] = [
  {
    name: 'POST /payments',
    fields: PayRequestSchema.shape,
    schema: PayRequestSchema,
    base: () => ({
      outTradeNo: 'fuzz-1',
      authCode: freshCode,
      amount: 1250,
      currency: 'CNY',
      subject: 'Fuzz',
    }),
    optionalBody: false,
    // Text that is no payment code is refused (400 authCode); an SOP1 code may be judged.
    accepts: (body) =>
      typeof body.authCode === 'string' &&
      (body.authCode.startsWith('SOP1.') || routePaymentCode(body.authCode).ok),
    send: signedPost(() => apiPaths.payments),
  },
  {
    name: 'POST /payments/{outTradeNo}/refunds',
    fields: RefundRequestSchema.shape,
    schema: RefundRequestSchema,
    base: () => ({ outRefundNo: 'fuzz-r1', amount: 100, reason: 'Fuzz' }),
    optionalBody: false,
    send: signedPost(() => apiPaths.paymentRefunds(PAID)),
  },
  {
    name: 'POST /payments/{outTradeNo}/cancel',
    fields: {},
    schema: EmptySchema,
    base: () => ({}),
    optionalBody: true,
    send: signedPost(() => apiPaths.paymentCancel(PAID)),
  },
  {
    name: 'POST /wallets',
    fields: CreateWalletRequestSchema.shape,
    schema: CreateWalletRequestSchema,
    base: () => ({ name: 'Fuzz', balance: 100, paymentLimit: 1000 }),
    optionalBody: false,
    send: withToken('POST', () => apiPaths.wallets, admin),
  },
  {
    name: 'POST /wallets/{walletId}/codes',
    fields: IssueCodeRequestSchema.shape,
    schema: IssueCodeRequestSchema,
    base: () => ({ provider: 'alipay' }),
    optionalBody: false,
    send: withToken('POST', () => apiPaths.walletCodes(wallet.walletId), walletToken),
  },
  {
    name: 'POST /wallets/{walletId}/offline-codes',
    fields: IssueOfflineCodesRequestSchema.shape,
    schema: IssueOfflineCodesRequestSchema,
    base: () => ({ count: 1, cap: 100, provider: 'wechat' }),
    optionalBody: false,
    send: withToken('POST', () => apiPaths.walletOfflineCodes(wallet.walletId), walletToken),
  },
  {
    name: 'POST /wallets/{walletId}/pending/{tradeNo}/confirm',
    fields: {},
    schema: EmptySchema,
    base: () => ({}),
    optionalBody: true,
    send: withToken(
      'POST',
      () => apiPaths.walletPendingDecision(wallet.walletId, waitingTradeNo, 'confirm'),
      walletToken,
    ),
  },
  {
    name: 'POST /terminals',
    fields: CreateTerminalRequestSchema.shape,
    schema: CreateTerminalRequestSchema,
    base: () => ({ name: 'Fuzz till', merchantId: terminal.merchantId }),
    optionalBody: false,
    send: withToken('POST', () => apiPaths.terminals, admin),
  },
  {
    name: 'POST /pairing-codes',
    fields: CreatePairingCodeRequestSchema.shape,
    schema: CreatePairingCodeRequestSchema,
    base: () => ({ merchantId: terminal.merchantId }),
    optionalBody: true,
    send: withToken('POST', () => apiPaths.pairingCodes, admin),
  },
  {
    name: 'POST /pairings',
    fields: PairRequestSchema.shape,
    schema: PairRequestSchema,
    base: () => ({ code: pairingCode, name: 'Fuzz till' }),
    optionalBody: false,
    send: (text) => h.request('POST', apiPaths.pairings, { body: text }),
  },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the route would take this body: such a case is no garbage, so it is skipped. */
function wouldAccept(endpoint: BodyEndpoint, text: string): boolean {
  if (endpoint.optionalBody && text.trim() === '') return true;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  if (!endpoint.schema.safeParse(json).success || !isRecord(json)) return false;
  return endpoint.accepts?.(json) ?? true;
}

const MALFORMED_JSON = [
  '',
  ' ',
  '{',
  '}',
  '{"outTradeNo":',
  "{'outTradeNo': 'x'}",
  '{"a":1,}',
  '{"a":1}{"b":2}',
  '// comment\n{}',
  '{"amount": NaN}',
  '{"amount": Infinity}',
  '{"amount": -Infinity}',
  '{"amount": 0x10}',
  '{"amount": 1_000}',
  '{"amount": 01}',
  '{"amount": .5}',
  '{"amount": +1}',
  'undefined',
  'NaN',
  '\u0000',
  '\u0000{}',
  '{"a":"\u0000\u0001"',
  '[',
  '"unterminated',
];

const JSON_NON_OBJECTS = ['null', 'true', 'false', '0', '-1', '1e300', '"text"', '[]', '[{}]'];

/** Values no field takes, in JSON and out of it (NaN and Infinity stringify to null). */
const ODD_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  0.5,
  1.5,
  -1e-7,
  1e300,
  -1e300,
  2 ** 53 + 1,
  Number.MAX_SAFE_INTEGER,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'NaN',
  'Infinity',
  '-1',
  '1250',
  '1e3',
  '0x10',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  '\u200F\u05D0',
  '👍',
  '👨‍👩‍👧',
  'x'.repeat(65),
  'x'.repeat(600),
  [],
  [1250],
  {},
  { amount: 1250 },
];

const garbageValue = fc.oneof(
  fc.constantFrom(...ODD_VALUES),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.double(),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
);

type Mutation =
  | { kind: 'replace'; field: string; value: unknown }
  | { kind: 'drop'; field: string }
  | { kind: 'unknown'; field: string; value: unknown };

function mutationArb(endpoint: BodyEndpoint): fc.Arbitrary<Mutation> {
  const fields = Object.keys(endpoint.fields);
  const required = fields.filter((field) => !endpoint.fields[field]?.safeParse(undefined).success);
  const unknownField = fc.string({ maxLength: 20 }).filter((key) => !fields.includes(key));
  const options: fc.Arbitrary<Mutation>[] = [
    fc.record({ kind: fc.constant('unknown' as const), field: unknownField, value: garbageValue }),
  ];
  if (fields.length > 0) {
    options.push(
      fc.record({
        kind: fc.constant('replace' as const),
        field: fc.constantFrom(...fields),
        value: garbageValue,
      }),
    );
  }
  if (required.length > 0) {
    options.push(
      fc.record({ kind: fc.constant('drop' as const), field: fc.constantFrom(...required) }),
    );
  }
  return fc.oneof(...options);
}

function mutate(base: Record<string, unknown>, mutation: Mutation): Record<string, unknown> {
  const body = { ...base };
  if (mutation.kind === 'drop') {
    Reflect.deleteProperty(body, mutation.field);
    return body;
  }
  Object.defineProperty(body, mutation.field, {
    value: mutation.value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return body;
}

const garbageText = fc.oneof(
  fc.constantFrom(...MALFORMED_JSON, ...JSON_NON_OBJECTS),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
);

describe('request bodies: generated garbage', () => {
  it.each(BODY_ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s refuses arbitrary text and JSON that is not its body',
    async (_, endpoint) => {
      await fc.assert(
        fc.asyncProperty(garbageText, async (text) => {
          fc.pre(!wouldAccept(endpoint, text));
          await expectRefused(() => endpoint.send(text));
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
    },
  );

  it.each(BODY_ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s names the field when one field is wrong, missing or unknown',
    async (_, endpoint) => {
      await fc.assert(
        fc.asyncProperty(mutationArb(endpoint), async (mutation) => {
          const text = JSON.stringify(mutate(endpoint.base(), mutation));
          fc.pre(!wouldAccept(endpoint, text));
          await expectRefused(() => endpoint.send(text), mutation.field);
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
    },
  );
});

function nested(depth: number, leaf: string): string {
  return '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);
}

type Case = readonly [label: string, body: unknown, path?: string];

/** Replaces or adds one field of the endpoint's valid body. */
function withField(endpoint: string, field: string, value: unknown): Case {
  const base = endpointNamed(endpoint).base();
  return [`${field}: ${JSON.stringify(value).slice(0, 40)}`, { ...base, [field]: value }, field];
}

function without(endpoint: string, field: string): Case {
  const base = endpointNamed(endpoint).base();
  Reflect.deleteProperty(base, field);
  return [`without ${field}`, base, field];
}

function endpointNamed(name: string): BodyEndpoint {
  const endpoint = BODY_ENDPOINTS.find((candidate) => candidate.name === name);
  if (!endpoint) throw new Error(`No endpoint ${name}`);
  return endpoint;
}

const PAY = 'POST /payments';
const REFUND = 'POST /payments/{outTradeNo}/refunds';
const AMOUNTS: readonly unknown[] = [
  0,
  -1,
  -0.0,
  1.5,
  0.1,
  1e-7,
  1e300,
  -1e300,
  2 ** 53 + 1,
  100_000_001,
  'NaN',
  'Infinity',
  '1250',
  '1e3',
  true,
  null,
  [1250],
  { value: 1250 },
];

/** Hand-written cases, resolved once the beforeEach has made the ids they use. */
const SPECIFIC_BODY_CASES: readonly [endpoint: string, cases: () => Case[]][] = [
  [
    PAY,
    () => [
      ...AMOUNTS.map((amount) => withField(PAY, 'amount', amount)),
      [
        'amount 2^53+1 as JSON text',
        `{"outTradeNo":"f","authCode":"${freshCode}","amount":9007199254740993,"currency":"CNY"}`,
        'amount',
      ],
      [
        'amount 1e300 as JSON text',
        `{"outTradeNo":"f","authCode":"${freshCode}","amount":1e300,"currency":"CNY"}`,
        'amount',
      ],
      [
        'amount -0 as JSON text',
        `{"outTradeNo":"f","authCode":"${freshCode}","amount":-0,"currency":"CNY"}`,
        'amount',
      ],
      [
        'a second amount key overriding the first',
        `{"outTradeNo":"f","authCode":"${freshCode}","amount":1250,"amount":"x","currency":"CNY"}`,
        'amount',
      ],
      withField(PAY, 'outTradeNo', 123),
      withField(PAY, 'outTradeNo', ''),
      withField(PAY, 'outTradeNo', 'x'.repeat(65)),
      withField(PAY, 'outTradeNo', 'x'.repeat(20_000)),
      withField(PAY, 'outTradeNo', 'é'),
      withField(PAY, 'outTradeNo', '👍'),
      withField(PAY, 'outTradeNo', 'a\u0000b'),
      withField(PAY, 'outTradeNo', '\u202Eevil'),
      withField(PAY, 'outTradeNo', 'a b'),
      withField(PAY, 'outTradeNo', 'a/b'),
      withField(PAY, 'authCode', ''),
      withField(PAY, 'authCode', 'x'.repeat(513)),
      withField(PAY, 'authCode', 'not a code'),
      withField(PAY, 'authCode', 'SOP1.garbage.garbage'),
      withField(PAY, 'authCode', `${freshCode}\u0000`),
      withField(PAY, 'authCode', 281_234_567_890_123),
      withField(PAY, 'currency', 'USD'),
      withField(PAY, 'currency', 'cny'),
      withField(PAY, 'currency', 156),
      withField(PAY, 'subject', 5),
      withField(PAY, 'subject', 'x'.repeat(129)),
      withField(PAY, 'offline', 'false'),
      withField(PAY, 'offline', true),
      withField(PAY, 'capturedAt', 0),
      withField(PAY, 'capturedAt', 'yesterday'),
      withField(PAY, 'capturedAt', '2026-11-21T08:00:00+08:00'),
      withField(PAY, 'capturedAt', '2099-01-01T00:00:00.000Z'),
      withField(PAY, 'extra', 1),
      withField(PAY, '__proto__', { amount: 1 }),
      withField(PAY, 'constructor', 'x'),
      [
        'outTradeNo nesting 5,000 levels deep',
        `{"outTradeNo":${nested(5_000, '"x"')},"authCode":"${freshCode}","amount":1,"currency":"CNY"}`,
        'outTradeNo',
      ],
      [
        'an unknown key nesting 5,000 levels deep',
        `{"outTradeNo":"f","authCode":"${freshCode}","amount":1,"currency":"CNY","deep":${nested(5_000, '1')}}`,
        'deep',
      ],
      without(PAY, 'outTradeNo'),
      without(PAY, 'authCode'),
      without(PAY, 'amount'),
      without(PAY, 'currency'),
    ],
  ],
  [
    REFUND,
    () => [
      ...AMOUNTS.map((amount) => withField(REFUND, 'amount', amount)),
      withField(REFUND, 'outRefundNo', ''),
      withField(REFUND, 'outRefundNo', 7),
      withField(REFUND, 'outRefundNo', 'r'.repeat(65)),
      withField(REFUND, 'outRefundNo', 'رد'),
      withField(REFUND, 'outRefundNo', 'r\u0000'),
      withField(REFUND, 'reason', 'x'.repeat(257)),
      withField(REFUND, 'reason', 1),
      withField(REFUND, 'outTradeNo', PAID),
      without(REFUND, 'outRefundNo'),
      without(REFUND, 'amount'),
    ],
  ],
  [
    'POST /wallets',
    () => [
      withField('POST /wallets', 'balance', -1),
      withField('POST /wallets', 'balance', 1.5),
      withField('POST /wallets', 'balance', 1e300),
      withField('POST /wallets', 'balance', 2 ** 53 + 1),
      withField('POST /wallets', 'balance', '100'),
      withField('POST /wallets', 'name', ''),
      withField('POST /wallets', 'name', '   '),
      withField('POST /wallets', 'name', 'x'.repeat(65)),
      withField('POST /wallets', 'paymentLimit', 0),
      withField('POST /wallets', 'walletId', 'w_chosen'),
      without('POST /wallets', 'balance'),
    ],
  ],
  [
    'POST /wallets/{walletId}/offline-codes',
    () => [
      withField('POST /wallets/{walletId}/offline-codes', 'count', 0),
      withField('POST /wallets/{walletId}/offline-codes', 'count', 51),
      withField('POST /wallets/{walletId}/offline-codes', 'count', 1e9),
      withField('POST /wallets/{walletId}/offline-codes', 'cap', -1),
      withField('POST /wallets/{walletId}/offline-codes', 'cap', 6_000_000),
      withField('POST /wallets/{walletId}/offline-codes', 'provider', 'paypal'),
    ],
  ],
  [
    'POST /terminals',
    () => [
      withField('POST /terminals', 'name', ''),
      withField('POST /terminals', 'merchantId', ''),
      withField('POST /terminals', 'merchantId', 'm_unknown'),
      withField('POST /terminals', 'merchantId', 'm'.repeat(65)),
      withField('POST /terminals', 'secret', 'chosen'),
    ],
  ],
  [
    'POST /pairings',
    () => [
      withField('POST /pairings', 'code', ''),
      withField('POST /pairings', 'code', 'NOPE1234'),
      withField('POST /pairings', 'code', 'x'.repeat(33)),
      withField('POST /pairings', 'name', '\u0000'.repeat(65)),
      without('POST /pairings', 'name'),
    ],
  ],
];

describe('request bodies: specific cases', () => {
  for (const [name, cases] of SPECIFIC_BODY_CASES) {
    it(`${name} refuses out-of-range numbers, wrong types, odd text and missing fields`, async () => {
      const endpoint = endpointNamed(name);
      for (const [label, body, path] of cases()) {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        const problem = await expectRefused(() => endpoint.send(text), path).catch(
          (error: unknown) => {
            throw new Error(`${name}, ${label}: ${String(error)}`);
          },
        );
        expect(problem.status, label).toBe(400);
      }
    });
  }

  it.each(BODY_ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s refuses malformed JSON and JSON that is not an object',
    async (_, endpoint) => {
      for (const text of [...MALFORMED_JSON, ...JSON_NON_OBJECTS]) {
        if (wouldAccept(endpoint, text)) continue;
        const problem = await expectRefused(() => endpoint.send(text), '(body)');
        expect(problem.status).toBe(400);
      }
    },
  );

  it('refuses a signed body that is not UTF-8', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    for (const path of [apiPaths.payments, apiPaths.paymentRefunds(PAID)]) {
      const authorization = await signRequest(terminal.terminalId, terminal.key, {
        method: 'POST',
        pathWithQuery: path,
        body: '',
        ts: h.now(),
      });
      await expectRefused(
        async () =>
          h.app.request(path, {
            method: 'POST',
            headers: { Authorization: authorization, 'Content-Type': 'application/json' },
            body: bytes,
          }),
        '(body)',
      );
    }
  });
});

type PathEndpoint = {
  name: string;
  schema: z.ZodType;
  send: (segment: string) => Promise<Response>;
};

/** Lone surrogates cannot be sent in a URL; a client would send U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

const PATH_ENDPOINTS: readonly PathEndpoint[] = [
  {
    name: 'GET /payments/{outTradeNo}',
    schema: OutTradeNoSchema,
    send: (id) => h.signed(terminal, 'GET', apiPaths.payment(id)),
  },
  {
    name: 'POST /payments/{outTradeNo}/cancel',
    schema: OutTradeNoSchema,
    send: (id) => h.signed(terminal, 'POST', apiPaths.paymentCancel(id)),
  },
  {
    name: 'POST /payments/{outTradeNo}/refunds',
    schema: OutTradeNoSchema,
    send: (id) =>
      h.signed(terminal, 'POST', apiPaths.paymentRefunds(id), { outRefundNo: 'p1', amount: 1 }),
  },
  {
    name: 'GET /settlements/{date}',
    schema: SettlementDateSchema,
    send: (date) => h.signed(terminal, 'GET', apiPaths.settlement(date)),
  },
  {
    name: 'GET /wallets/{walletId}',
    schema: WalletIdSchema,
    send: (id) => h.request('GET', apiPaths.wallet(id), { token: ADMIN_TOKEN_FOR_TESTS }),
  },
  {
    name: 'POST /wallets/{walletId}/codes',
    schema: WalletIdSchema,
    send: (id) =>
      h.request('POST', apiPaths.walletCodes(id), {
        token: wallet.token,
        body: { provider: 'alipay' },
      }),
  },
  {
    name: 'POST /wallets/{walletId}/offline-codes',
    schema: WalletIdSchema,
    send: (id) =>
      h.request('POST', apiPaths.walletOfflineCodes(id), {
        token: wallet.token,
        body: { count: 1, cap: 100 },
      }),
  },
  {
    name: 'GET /wallets/{walletId}/pending',
    schema: WalletIdSchema,
    send: (id) => h.request('GET', apiPaths.walletPending(id), { token: wallet.token }),
  },
  {
    name: 'POST /wallets/{walletId}/pending/{tradeNo}/confirm (walletId)',
    schema: WalletIdSchema,
    send: (id) =>
      h.request('POST', apiPaths.walletPendingDecision(id, waitingTradeNo, 'confirm'), {
        token: wallet.token,
      }),
  },
  {
    name: 'POST /wallets/{walletId}/pending/{tradeNo}/confirm (tradeNo)',
    schema: TradeNoSchema,
    send: (tradeNo) =>
      h.request('POST', apiPaths.walletPendingDecision(wallet.walletId, tradeNo, 'confirm'), {
        token: wallet.token,
      }),
  },
];

const ODD_IDS: readonly string[] = [
  '',
  ' ',
  '.',
  '..',
  '%',
  '%00',
  '%E0%A4%A',
  '%2F',
  '\u0000',
  'a\u0000b',
  '\u202Eabc',
  '\u200Fשלום',
  'مرحبا',
  '👍',
  '👨‍👩‍👧',
  '\uFEFFabc',
  '\uD800',
  'a/b',
  'a?b=c',
  'a#b',
  'a\\b',
  '<script>',
  "' OR 1=1 --",
  'x'.repeat(65),
  'x'.repeat(10_000),
  '2026-02-30',
  '2026-13-01',
  '26-11-21',
  '2026-11-21T00:00:00Z',
  'w_',
  `w_${'a'.repeat(41)}`,
  '1'.repeat(27),
  '1'.repeat(29),
];

const oddId = fc.oneof(
  fc.constantFrom(...ODD_IDS),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ minLength: 65, maxLength: 300 }),
);

describe('path parameters', () => {
  it.each(PATH_ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s refuses odd ids: unicode, emoji, NUL, RTL, percent garbage, over-long',
    async (_, endpoint) => {
      const refuse = async (raw: string) => {
        const id = wellFormed(raw);
        if (endpoint.schema.safeParse(id).success) return;
        await expectRefused(() => endpoint.send(id));
      };
      for (const id of ODD_IDS) await refuse(id);
      await fc.assert(fc.asyncProperty(oddId, refuse), { numRuns: RUNS_PER_ENDPOINT });
    },
  );

  it.each(['a b', 'é', 'a\u0000b', '%zz', '%E0%A4%A', 'a\tb', '../wallets'])(
    'refuses the unencoded path segment %j on signed and unsigned routes',
    async (raw) => {
      await expectRefused(() => h.signed(terminal, 'GET', `${API_BASE}/payments/${raw}`));
      await expectRefused(() =>
        h.signed(terminal, 'POST', `${API_BASE}/payments/${raw}/refunds`, {
          outRefundNo: 'p2',
          amount: 1,
        }),
      );
      await expectRefused(() =>
        h.request('POST', `${API_BASE}/wallets/${raw}/codes`, {
          token: wallet.token,
          body: { provider: 'alipay' },
        }),
      );
    },
  );
});

/** A 10 MB JSON object of one padded string field, or of a million unknown keys. */
function tenMegabytes(shape: 'padded' | 'keys'): string {
  if (shape === 'padded') return `{"name":"${'a'.repeat(TEN_MB)}"}`;
  const keys: string[] = [];
  let length = 2;
  for (let i = 0; length < TEN_MB; i++) {
    const key = `"k${i}":0`;
    keys.push(key);
    length += key.length + 1;
  }
  return `{${keys.join(',')}}`;
}

/** A body that counts how much of it the server pulled. */
function countingBody(total: number, chunk: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= total) {
          controller.close();
          return;
        }
        const size = Math.min(chunk, total - pulled);
        pulled += size;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

describe(`bodies over the ${MAX_BODY_BYTES / 1024} KB limit (server/http/body-limit.ts, mounted in app.ts)`, () => {
  const LIMIT_HINT = 'mount apiBodyLimit from server/http/body-limit.ts in server/app.ts';

  async function expectSmallRefusal(send: () => Promise<Response>): Promise<void> {
    const response = await send();
    const text = await response.text();
    expect(text.length, `a short problem (${LIMIT_HINT})`).toBeLessThan(4_096);
    expect(response.status).toBe(413);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(JSON.parse(text)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
  }

  it('refuses 10 MB bodies on open, admin, wallet and signed routes with a short 413', async () => {
    const padded = tenMegabytes('padded');
    const keys = tenMegabytes('keys');
    const before = await snapshot();
    await expectSmallRefusal(() => h.request('POST', apiPaths.pairings, { body: keys }));
    await expectSmallRefusal(() =>
      h.request('POST', apiPaths.wallets, { token: ADMIN_TOKEN_FOR_TESTS, body: padded }),
    );
    await expectSmallRefusal(() =>
      h.request('POST', apiPaths.walletCodes(wallet.walletId), {
        token: wallet.token,
        body: padded,
      }),
    );
    await expectSmallRefusal(() => h.pay(terminal, padded));
    await expectSmallRefusal(() =>
      h.signed(terminal, 'POST', apiPaths.paymentRefunds(PAID), padded),
    );
    expect(writes.filter((write) => !write.startsWith('nonces.'))).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 30_000);

  it('stops reading a streamed body soon after the limit', async () => {
    const chunk = 16 * 1024;
    const body = countingBody(TEN_MB, chunk);
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      body: body.stream,
      duplex: 'half',
      headers: { 'Content-Type': 'application/json' },
    };
    await expectSmallRefusal(() => Promise.resolve(h.app.request(apiPaths.pairings, init)));
    expect(body.pulled(), LIMIT_HINT).toBeLessThanOrEqual(MAX_BODY_BYTES + 4 * chunk);
  }, 30_000);

  it('answers a 10 MB upload over real HTTP with a short 413, judged by its Content-Length', async () => {
    const server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    try {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      await expectSmallRefusal(() =>
        fetch(`http://127.0.0.1:${port}${apiPaths.pairings}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: tenMegabytes('keys'),
        }),
      );
    } finally {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
    }
  }, 30_000);

  it('still takes a body just under the limit', async () => {
    const body = JSON.stringify({ name: 'Big but fine', balance: 0 }).replace(
      '}',
      `${' '.repeat(MAX_BODY_BYTES - 200)}}`,
    );
    const response = await h.request('POST', apiPaths.wallets, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body,
    });
    expect(response.status).toBe(201);
  });
});
