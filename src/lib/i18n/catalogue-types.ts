import type { en } from './en.ts';

/** A message that depends on a count: one text per plural category the language uses. */
export type PluralForms = Readonly<
  Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
>;

type English = typeof en;

/** Another language's text for a set of English messages: every key, plurals kept plural. */
export type Translation<E> = {
  readonly [K in keyof E]: E[K] extends string ? string : PluralForms;
};
export type MessageKey = keyof English;

/** Every language has every key; plural messages stay plural. */
export type Messages = Translation<English>;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The named parameters of a message, read from its English text; plurals also take `count`. */
export type ParamName<K extends MessageKey> = English[K] extends string
  ? Placeholders<English[K]>
  : Placeholders<English[K][keyof English[K]]> | 'count';

export type MessageParams<K extends MessageKey> = {
  readonly [P in ParamName<K>]: P extends 'count' ? number : string | number;
};

/** No second argument for a message without parameters; the parameters object otherwise. */
export type TranslateArgs<K extends MessageKey> = [ParamName<K>] extends [never]
  ? []
  : [params: MessageParams<K>];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/** The keys of messages that take no parameters. */
export type PlainMessageKey = {
  [K in MessageKey]: [ParamName<K>] extends [never] ? K : never;
}[MessageKey];
