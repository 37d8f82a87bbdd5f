import type { Repos, Store } from '../store/store.ts';

/** Repository methods that only read (a `lock` writes nothing but a row lock). */
const READ_METHOD = /^(find|list|total|exists|get|recent|lock)/;

/**
 * Records every repository write made through `store` from now on, as `repo.method`, whether or
 * not its transaction then commits. The app holds the same store object, so this sees every
 * write a request makes.
 */
export function spyOnWrites(store: Store): { writes: string[] } {
  const writes: string[] = [];
  const transaction = store.transaction.bind(store);
  store.transaction = <T>(fn: (repos: Repos) => Promise<T>) =>
    transaction((repos) => fn(watched(repos, writes)));
  return { writes };
}

function watched(repos: Repos, writes: string[]): Repos {
  return new Proxy(repos, {
    get(target, repoName, receiver) {
      const repo: unknown = Reflect.get(target, repoName, receiver);
      if (typeof repo !== 'object' || repo === null || typeof repoName !== 'string') return repo;
      return new Proxy(repo, {
        get(inner, method, innerReceiver) {
          const value: unknown = Reflect.get(inner, method, innerReceiver);
          if (typeof value !== 'function' || typeof method !== 'string') return value;
          if (READ_METHOD.test(method)) return value;
          return (...args: unknown[]): unknown => {
            writes.push(`${repoName}.${method}`);
            const result: unknown = Reflect.apply(value, inner, args);
            return result;
          };
        },
      });
    },
  });
}
