import { useT } from '../../lib/i18n/use-t.ts';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '0', '⌫'] as const;

export function AmountKeypad({
  value,
  onChange,
}: {
  value: string;
  onChange: (next: string) => void;
}) {
  const t = useT();
  function press(key: (typeof KEYS)[number]) {
    if (key === '⌫') return onChange(value.slice(0, -1));
    if (key === '.' && value.includes('.')) return;
    const decimals = value.split('.')[1];
    if (decimals !== undefined && decimals.length >= 2) return;
    onChange(value === '0' && key !== '.' ? key : value + key);
  }

  return (
    <div className="keypad" role="group" aria-label={t('checkout.keypad')}>
      {KEYS.map((key) => (
        <button
          key={key}
          type="button"
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
