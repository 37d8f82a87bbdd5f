import { useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '0', '⌫'] as const;
type Key = (typeof KEYS)[number];
const COLUMNS = 3;

/** Arrow keys move through the grid as it is drawn; Home and End jump to its ends. */
const MOVES: Record<string, (index: number) => number> = {
  ArrowRight: (index) => index + 1,
  ArrowLeft: (index) => index - 1,
  ArrowDown: (index) => index + COLUMNS,
  ArrowUp: (index) => index - COLUMNS,
  Home: () => 0,
  End: () => KEYS.length - 1,
};

/** What a typed key means on the keypad, as if its button had been pressed. */
function typedKey(key: string): Key | null {
  if (key === 'Backspace') return '⌫';
  if (key === ',') return '.';
  return KEYS.find((candidate) => candidate === key) ?? null;
}

/**
 * The on-screen keypad. One Tab stop (the last key used), arrows between keys, Enter or Space
 * to press, and digits, the decimal point and Backspace typed straight onto it.
 */
export function AmountKeypad({
  value,
  onChange,
}: {
  value: string;
  onChange: (next: string) => void;
}) {
  const t = useT();
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function press(key: Key) {
    if (key === '⌫') return onChange(value.slice(0, -1));
    if (key === '.' && value.includes('.')) return;
    const decimals = value.split('.')[1];
    if (decimals !== undefined && decimals.length >= 2) return;
    onChange(value === '0' && key !== '.' ? key : value + key);
  }

  function keyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const next = Math.min(KEYS.length - 1, Math.max(0, move(active)));
      setActive(next);
      buttons.current[next]?.focus();
      return;
    }
    const typed = typedKey(event.key);
    if (typed) {
      event.preventDefault();
      press(typed);
    }
  }

  return (
    <div className="keypad" role="group" aria-label={t('checkout.keypad')} onKeyDown={keyDown}>
      {KEYS.map((key, index) => (
        <button
          key={key}
          ref={(button) => {
            buttons.current[index] = button;
          }}
          type="button"
          tabIndex={index === active ? 0 : -1}
          onFocus={() => setActive(index)}
          onClick={() => press(key)}
          aria-label={
            key === '⌫'
              ? t('checkout.keypadDelete')
              : key === '.'
                ? t('checkout.keypadDecimal')
                : undefined
          }
        >
          {key}
        </button>
      ))}
    </div>
  );
}
