import type { MouseEvent } from 'react';
import { useT } from '../lib/i18n/use-t.ts';
import { navigate, ROUTES, type RoutePath } from './routes.ts';

export function MainNav({ current }: { current: RoutePath }) {
  const t = useT();
  function follow(event: MouseEvent<HTMLAnchorElement>, path: RoutePath) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(path);
  }
  return (
    <nav aria-label={t('nav.label')}>
      {ROUTES.map((route) => (
        <a
          key={route.path}
          href={route.path}
          aria-current={route.path === current ? 'page' : undefined}
          onClick={(event) => follow(event, route.path)}
        >
          {t(route.name)}
        </a>
      ))}
    </nav>
  );
}
