import { Fragment, type ReactNode } from 'react';
import type { MessageKey, ParamName } from './catalogue-types.ts';
import { interpolateParts, missing } from './interpolate.ts';
import { templateOf } from './translate.ts';
import { useLanguage } from './use-t.ts';

/** A message whose parameters may be elements: `{cap}` as <strong>¥50.00</strong>, say. */
export function RichMessage<K extends MessageKey>({
  messageKey,
  params,
}: {
  messageKey: K;
  params: Readonly<Record<ParamName<K>, ReactNode>>;
}) {
  const language = useLanguage();
  const values: Readonly<Record<string, ReactNode>> = params;
  const count = values.count;
  const template = templateOf(language, messageKey, typeof count === 'number' ? { count } : {});
  if (template === null) return missing(messageKey);
  return interpolateParts(template, values).map((part, index) => (
    <Fragment key={index}>{part}</Fragment>
  ));
}
