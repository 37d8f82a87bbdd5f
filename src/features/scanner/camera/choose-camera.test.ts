import { describe, expect, it } from 'vitest';
import { chooseCamera, isBetterCamera, type CameraDevice } from './choose-camera.ts';

const iphone: CameraDevice[] = [
  { deviceId: 'front', label: 'Front Camera' },
  { deviceId: 'ultra', label: 'Back Ultra Wide Camera' },
  { deviceId: 'main', label: 'Back Camera' },
  { deviceId: 'tele', label: 'Back Telephoto Camera' },
];
const android: CameraDevice[] = [
  { deviceId: 'a0', label: 'camera2 0, facing back' },
  { deviceId: 'a1', label: 'camera2 1, facing front' },
  { deviceId: 'a2', label: 'camera2 2, facing back' },
];

describe('chooseCamera', () => {
  it('picks the main back camera over ultra-wide, telephoto and front lenses', () => {
    expect(chooseCamera(iphone, null)).toBe('main');
    expect(chooseCamera(android, null)).toBe('a0');
  });

  it('honours a remembered camera that is still attached', () => {
    expect(chooseCamera(iphone, 'front')).toBe('front');
  });

  it('forgets a remembered camera that is gone', () => {
    expect(chooseCamera(iphone, 'unplugged')).toBe('main');
  });

  it('leaves the choice to the browser when there is one camera', () => {
    expect(chooseCamera([{ deviceId: 'only', label: 'Integrated Webcam' }], null)).toBeNull();
  });
});

describe('isBetterCamera', () => {
  it('switches away from an ultra-wide lens the browser picked', () => {
    expect(isBetterCamera(iphone, 'main', 'ultra')).toBe(true);
  });

  it('keeps the camera the browser picked when it is as good', () => {
    expect(isBetterCamera(iphone, 'main', 'main')).toBe(false);
    expect(isBetterCamera(android, 'a0', 'a0')).toBe(false);
  });
});
