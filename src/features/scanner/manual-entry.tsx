import { useState, type SubmitEvent } from 'react';

export function ManualEntry({ onSubmit }: { onSubmit: (text: string) => void }) {
  const [text, setText] = useState('');

  function submit(event: SubmitEvent) {
    event.preventDefault();
    onSubmit(text);
  }

  return (
    <form className="manual-entry" onSubmit={submit}>
      <label>
        Payment code
        <input
          value={text}
          onChange={(event) => setText(event.target.value)}
          inputMode="numeric"
          autoComplete="off"
          autoFocus
        />
      </label>
      <button type="submit" className="primary">
        Pay
      </button>
    </form>
  );
}
