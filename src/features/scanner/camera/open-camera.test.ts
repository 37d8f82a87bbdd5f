import { afterEach, describe, expect, it, vi } from 'vitest';
import { CameraError, cameraProblemOf } from './camera-errors.ts';
import { openCamera } from './open-camera.ts';

/** WebKit's OverconstrainedError; cameraProblemOf is also given the plain object WebKit makes. */
const overconstrained = () =>
  Object.assign(new Error('No camera fits'), {
    name: 'OverconstrainedError',
    constraint: 'facingMode',
  });
const webkitOverconstrained = { name: 'OverconstrainedError', constraint: 'facingMode' };

function fakeStream() {
  const track = { stop: vi.fn(), getSettings: () => ({ deviceId: 'camera-1' }) };
  return { getVideoTracks: () => [track], getTracks: () => [track] };
}

function fakeBrowser(getUserMedia: (constraints: MediaStreamConstraints) => Promise<unknown>) {
  const calls: MediaStreamConstraints[] = [];
  vi.stubGlobal('window', { isSecureContext: true, location: { search: '' } });
  vi.stubGlobal('navigator', {
    language: 'en',
    languages: ['en'],
    mediaDevices: {
      getUserMedia: (constraints: MediaStreamConstraints) => {
        calls.push(constraints);
        return getUserMedia(constraints);
      },
      enumerateDevices: () => Promise.resolve([]),
    },
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openCamera and OverconstrainedError (WebKit)', () => {
  it('retries once without constraints, and takes the camera that answers', async () => {
    const calls = fakeBrowser((constraints) =>
      constraints.video === true
        ? Promise.resolve(fakeStream())
        : Promise.reject(overconstrained()),
    );
    const opened = await openCamera(null);
    expect(opened.deviceId).toBe('camera-1');
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({ audio: false, video: true });
  });

  it('says "no camera" when nothing fits even without constraints', async () => {
    const calls = fakeBrowser(() => Promise.reject(overconstrained()));
    const error = await openCamera(null).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CameraError);
    expect(error).toMatchObject({ problem: 'missing' });
    expect(calls).toHaveLength(2);
  });

  it('does not retry other failures', async () => {
    const calls = fakeBrowser(() => Promise.reject(new DOMException('in use', 'NotReadableError')));
    await expect(openCamera(null)).rejects.toMatchObject({ problem: 'busy' });
    expect(calls).toHaveLength(1);
  });
});

describe('cameraProblemOf', () => {
  it('maps OverconstrainedError, also when it is not an Error, to "no camera"', () => {
    expect(cameraProblemOf(webkitOverconstrained)).toBe('missing');
    expect(cameraProblemOf(overconstrained())).toBe('missing');
    expect(cameraProblemOf(new DOMException('x', 'OverconstrainedError'))).toBe('missing');
    expect(cameraProblemOf(new DOMException('x', 'NotFoundError'))).toBe('missing');
    expect(cameraProblemOf({ name: 42 })).toBe('failed');
    expect(cameraProblemOf('weird')).toBe('failed');
  });
});
