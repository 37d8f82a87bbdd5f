import { afterEach, describe, expect, it, vi } from 'vitest';
import { pairingCodeFromFragment } from '../../../protocol/pairing-link.ts';
import { forgetPairCode, onPairLink, startPairCode, takePairFragment } from './pair-fragment.ts';

function fakeLocation(url: string): Location {
  const parsed = new URL(url);
  return { hash: parsed.hash, pathname: parsed.pathname, search: parsed.search } as Location;
}

afterEach(() => {
  forgetPairCode();
  vi.unstubAllGlobals();
});

describe('pairingCodeFromFragment', () => {
  it('reads the pair parameter of the fragment', () => {
    expect(pairingCodeFromFragment('#pair=ABCD2345')).toBe('ABCD2345');
    expect(pairingCodeFromFragment('pair=%20AB%2DCD%20')).toBe('AB-CD');
    expect(pairingCodeFromFragment('#other=1&pair=XY')).toBe('XY');
    expect(pairingCodeFromFragment('#pair=')).toBeNull();
    expect(pairingCodeFromFragment('#section')).toBeNull();
    expect(pairingCodeFromFragment('')).toBeNull();
  });
});

describe('takePairFragment', () => {
  it('keeps the code and replaces the history entry with the URL without its fragment', () => {
    const replaceState = vi.fn();
    vi.stubGlobal('history', { state: { kept: true }, replaceState });
    vi.stubGlobal('addEventListener', vi.fn());
    takePairFragment(fakeLocation('https://tablet.test:8443/wallet?lang=en#pair=ABCD2345'));
    expect(startPairCode()).toBe('ABCD2345');
    expect(replaceState).toHaveBeenCalledWith({ kept: true }, '', '/wallet?lang=en');
    forgetPairCode();
    expect(startPairCode()).toBeNull();
  });

  it('takes a pairing link opened later in the page and tells the listeners', () => {
    const replaceState = vi.fn();
    let onHashChange: () => void = () => {
      throw new Error('no hashchange listener');
    };
    vi.stubGlobal('history', { state: null, replaceState });
    vi.stubGlobal('addEventListener', (type: string, listener: () => void) => {
      if (type === 'hashchange') onHashChange = listener;
    });
    const location = fakeLocation('https://tablet.test/');
    takePairFragment(location);
    const heard = vi.fn(() => startPairCode());
    const unsubscribe = onPairLink(heard);
    location.hash = '#pair=LATER234';
    onHashChange();
    expect(heard).toHaveReturnedWith('LATER234');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
    unsubscribe();
    location.hash = '#pair=AGAIN234';
    onHashChange();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('leaves a URL without a pairing code alone', () => {
    const replaceState = vi.fn();
    vi.stubGlobal('history', { state: null, replaceState });
    vi.stubGlobal('addEventListener', vi.fn());
    takePairFragment(fakeLocation('https://tablet.test/#section'));
    takePairFragment(fakeLocation('https://tablet.test/'));
    expect(startPairCode()).toBeNull();
    expect(replaceState).not.toHaveBeenCalled();
  });
});
