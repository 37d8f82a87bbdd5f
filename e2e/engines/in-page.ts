/**
 * Scripts that run inside the page, the same text in both engines. Each function here is sent
 * as its source (`String(fn)`), so it must be self-contained: no imports, no outside names.
 */
import type { Target } from './engine-browser.ts';

/** The element for `target` if one is visible: by its label, or a button's or link's name. */
function locateInPage(target: Target): Element | null {
  const visible = (element: Element) => element.getClientRects().length > 0;
  // The accessible name, roughly: aria-label, else the text without aria-hidden parts and fields.
  const nameOf = (element: Element) => {
    const label = element.getAttribute('aria-label');
    if (label !== null) return label.trim();
    const copy = element.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"], input, select, textarea')) {
      hidden.remove();
    }
    return copy.textContent.replace(/\s+/g, ' ').trim();
  };
  if ('label' in target) {
    for (const label of document.querySelectorAll('label')) {
      const control = label.control;
      if (control && nameOf(label) === target.label && visible(control)) return control;
    }
    for (const element of document.querySelectorAll('input[aria-label], select[aria-label]')) {
      if (nameOf(element) === target.label && visible(element)) return element;
    }
    return null;
  }
  const [selector, name] =
    'button' in target
      ? ['button, [role="button"]', target.button]
      : ['a[href], [role="link"]', target.link];
  for (const element of document.querySelectorAll(selector)) {
    if (nameOf(element) === name && visible(element)) return element;
  }
  return null;
}

/**
 * Resolves with `check`'s first truthy answer, checking again on every change to the document:
 * a wait on the condition itself, never a fixed delay. Rejects after `timeoutMs` with what the
 * page said, so a failure reads like the screen.
 */
function waitInPage<T>(
  check: (...args: unknown[]) => T,
  args: unknown[],
  description: string,
  timeoutMs: number,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => attempt());
    const timer = setTimeout(() => {
      observer.disconnect();
      const text = (document.body as HTMLElement | null)?.innerText ?? '';
      reject(
        new Error(
          `Waited ${timeoutMs} ms for ${description}. The page (${location.pathname}) says: ${text.replace(/\s+/g, ' ').slice(0, 800)}`,
        ),
      );
    }, timeoutMs);
    const attempt = () => {
      let value: T;
      try {
        value = check(...args);
      } catch (error) {
        observer.disconnect();
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
        return true;
      }
      if (!value) return false;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
      return true;
    };
    if (attempt()) return;
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

/** An expression whose value is the element for `target`, or null. */
export function locateScript(target: Target): string {
  return `(${String(locateInPage)})(${JSON.stringify(target)})`;
}

/**
 * An expression that waits until `check(locate, ...args)` is truthy and yields its value.
 * `check` gets the locator as its first argument, so it can find elements as clicks do.
 */
export function waitScript<A extends unknown[]>(
  check: (locate: (target: Target) => Element | null, ...args: A) => unknown,
  args: A,
  description: string,
  timeoutMs: number,
): string {
  return `(${String(waitInPage)})((...args) => (${String(check)})(${String(locateInPage)}, ...args), ${JSON.stringify(args)}, ${JSON.stringify(description)}, ${timeoutMs})`;
}

/**
 * A WebDriver async script body that evaluates `expression`, awaits it, and hands back
 * `{ value }` or `{ error }`, so a page error reaches the test with its message.
 */
export function asyncScript(expression: string): string {
  return `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${expression})).then(
  (value) => done({ value: value === undefined ? null : value }),
  (error) => done({ error: error instanceof Error ? error.message + ' ' + error.stack : String(error) }),
);`;
}
