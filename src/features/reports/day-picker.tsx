import { useId, useState } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { addDays, type LocalDay } from '../../lib/calendar-day/calendar-day.ts';
import { parseReportDay } from '../../lib/reports/report-day-input.ts';

type DayPickerProps = { day: LocalDay; today: LocalDay; onPick: (day: LocalDay) => void };

/**
 * The report's day: a date field (typed or picked) and a step back or forward, never past
 * today. A day the field refuses leaves the report on the day it showed.
 */
export function DayPicker({ day, today, onPick }: DayPickerProps) {
  const t = useT();
  const errorId = useId();
  const [text, setText] = useState(day);
  const [error, setError] = useState('');

  function pick(next: LocalDay) {
    setText(next);
    setError('');
    onPick(next);
  }

  function type(value: string) {
    setText(value);
    const parsed = parseReportDay(value, today);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError('');
    onPick(parsed.day);
  }

  return (
    <div className="reports-day-picker">
      <label className="reports-day-field">
        {t('reports.day')}
        <input
          type="date"
          value={text}
          max={today}
          required
          aria-invalid={error === '' ? undefined : true}
          aria-describedby={error === '' ? undefined : errorId}
          onChange={(event) => type(event.target.value)}
        />
      </label>
      <div className="reports-day-steps">
        <button type="button" onClick={() => pick(addDays(day, -1))}>
          {t('reports.previousDay')}
        </button>
        <button type="button" disabled={day >= today} onClick={() => pick(addDays(day, 1))}>
          {t('reports.nextDay')}
        </button>
      </div>
      {error !== '' && (
        <p id={errorId} className="reports-error">
          {error}
        </p>
      )}
    </div>
  );
}
