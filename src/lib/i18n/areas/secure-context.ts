import type { PluralForms, Translation } from '../catalogue-types.ts';

/** The secure-context notice's messages, merged into en.ts and zh-CN.ts. */
export const secureContextEn = {
  'secureContext.cameraOff': 'Camera off',
  'secureContext.why':
    'This page was opened over plain HTTP at {host}. Browsers only allow the camera on HTTPS or on localhost.',
  'secureContext.whatToDo':
    'Open the terminal over HTTPS: start Saoma with {command} and open the https:// address it prints (see the README, “Use it on a tablet”). Manual entry and a USB or Bluetooth scan gun work meanwhile.',
  'secureContext.noServiceWorker':
    'Over plain HTTP the app also cannot be installed, nor opened while the network is down. Sales are still kept on this device until the wallet answers.',
  'secureContext.keyNeedsSecurePage':
    'This terminal was paired on a secure page (HTTPS or localhost), and its key can only be used on one. Open the terminal over HTTPS to take payments.',
} as const satisfies Readonly<Record<string, string | PluralForms>>;

export const secureContextZhCN: Translation<typeof secureContextEn> = {
  'secureContext.cameraOff': '摄像头已关闭',
  'secureContext.why':
    '此页面是通过未加密的 HTTP 打开的（{host}）。浏览器只允许在 HTTPS 或 localhost 上使用摄像头。',
  'secureContext.whatToDo':
    '请通过 HTTPS 打开终端：用 {command} 启动 Saoma，然后打开它显示的 https:// 地址（见 README 的“Use it on a tablet”一节）。在此之前，手动输入和 USB 或蓝牙扫码枪照常可用。',
  'secureContext.noServiceWorker':
    '通过 HTTP 打开时，应用也无法安装，断网时也无法打开。收款记录仍会保存在本设备上，直到钱包回应。',
  'secureContext.keyNeedsSecurePage':
    '此终端是在安全页面（HTTPS 或 localhost）上配对的，其密钥只能在安全页面上使用。请通过 HTTPS 打开终端以收款。',
};
