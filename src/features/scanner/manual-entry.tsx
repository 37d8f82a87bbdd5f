import { useState, type SubmitEvent } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';

export function ManualEntry({ onSubmit }: { onSubmit: (text: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');

  function submit(event: SubmitEvent) {
    event.preventDefault();
    onSubmit(text);
  }

  return (
    <form className="manual-entry" onSubmit={submit}>
      <label>
        {t('scanner.paymentCode')}
        <input
          name="code"
          value={text}
          onChange={(event) => setText(event.target.value)}
          inputMode="numeric"
          autoComplete="off"
          autoFocus
        />
      </label>
      <button type="submit" className="primary">
        {t('scanner.pay')}
      </button>
    </form>
  );
}
