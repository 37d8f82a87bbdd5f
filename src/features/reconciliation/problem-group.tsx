import { useT } from '../../lib/i18n/use-t.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import { problemId, type Problem } from '../../lib/reconciliation/reconciliation-problems.ts';
import { ProblemItem } from './problem-item.tsx';

export function ProblemGroup(props: {
  title: string;
  hint: string;
  date: string;
  problems: readonly Problem[];
  worker: SaleWorker;
}) {
  const t = useT();
  const { problems } = props;
  return (
    <section
      className={`reconciliation-group${problems.length > 0 ? ' reconciliation-group-problems' : ''}`}
    >
      <h3>{props.title}</h3>
      <p className="reconciliation-note">{props.hint}</p>
      {problems.length === 0 ? (
        <p>{t('reconciliation.none')}</p>
      ) : (
        <ul className="reconciliation-problems">
          {problems.map((problem, index) => (
            <ProblemItem
              // A line the wallet listed twice has the same id twice.
              key={`${problemId(problem)}#${index}`}
              problem={problem}
              date={props.date}
              worker={props.worker}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
