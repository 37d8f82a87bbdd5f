import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';

/**
 * Opens a native <dialog> as a modal while the component is mounted: the browser moves focus
 * into it (to `initialFocus`, typically its heading, so that it is read from the top), makes the
 * page behind it inert, and closes it on Escape. `onClose` is told of every close (Escape, a
 * close() call). Focus goes back to the control that had it before, also when the dialog goes
 * away without being closed.
 */
export function useModalDialog(onClose: () => void, initialFocus: RefObject<HTMLElement | null>) {
  const ref = useRef<HTMLDialogElement>(null);
  const closed = useEffectEvent(onClose);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onDialogClose = () => {
      // A close from an earlier mount (StrictMode mounts twice) arrives after it was reopened.
      if (!dialog.open) closed();
    };
    dialog.addEventListener('close', onDialogClose);
    if (!dialog.open) dialog.showModal();
    initialFocus.current?.focus();
    return () => {
      dialog.removeEventListener('close', onDialogClose);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [initialFocus]);

  return ref;
}
