import type { PluralForms, Translation } from '../catalogue-types.ts';

/**
 * Pairing by QR: the terminal's pairing link and scan, and the wallet simulator's wallet
 * pairing. Merged into en.ts and zh-CN.ts.
 */
export const pairingQrEn = {
  'pairingQr.scan': 'Scan pairing QR',
  'pairingQr.stopScan': 'Stop scanning',
  'pairingQr.loadingCamera': 'Loading the camera…',
  'pairingQr.scanHint':
    'Show the terminal QR that the computer running Saoma printed (npm start, or npm run pair for the next one).',
  'pairingQr.paymentCode':
    'That is a payment code, not a pairing QR. It was not sent anywhere. Scan the terminal pairing QR.',
  'pairingQr.otherServer':
    'That pairing QR belongs to another server ({origin}), not to this one. It was not used. Scan the QR this server printed.',
  'pairingQr.walletLink':
    'That QR opens the wallet simulator on a phone. Scan the terminal pairing QR instead.',
  'pairingQr.notPairing':
    'That is not a pairing QR. Scan the terminal QR that npm start or npm run pair printed, or type its code.',
  'pairingQr.byCode':
    'This device is on the shop’s network, so it pairs only with a one-time code: scan the terminal QR that the computer running Saoma printed (npm run pair prints a new one), or type its code.',
  'pairingQr.linkRefused': 'The pairing code in the link was not accepted: {reason}',
  'pairingQr.alreadyPaired':
    'This terminal is already paired, so the pairing code in the link was not used.',
  'pairingQr.dismiss': 'Dismiss',

  'walletPairing.openOnAnother': 'Open on another phone',
  'walletPairing.hide': 'Hide the wallet QR',
  'walletPairing.qr': 'Wallet pairing QR',
  'walletPairing.gettingCode': 'Getting a wallet pairing code…',
  'walletPairing.couldNotGetCode': 'Could not get a wallet pairing code: {reason}',
  'walletPairing.scanIt':
    'Scan it with the other phone’s camera app. It opens this wallet there once, until {time}.',
  'walletPairing.code': 'Code {code}',
  'walletPairing.localhost':
    'This page is open at {host}, which another phone cannot reach: open the simulator at the computer’s network address that npm start prints, then show the QR from there.',
  'walletPairing.added': {
    one: 'Added {count} wallet from the wallet pairing code.',
    other: 'Added {count} wallets from the wallet pairing code.',
  },
  'walletPairing.linkRefused': 'The wallet pairing code in the link was not accepted: {reason}',
  'walletPairing.howToGet':
    'No wallets on this phone yet. Scan the wallet QR that npm start printed on the computer (npm run pair -- --wallet prints a new one), or the QR another phone shows under “Open on another phone”.',
  'walletPairing.adminToken': 'Admin token',
  'walletPairing.adminTokenHint':
    'From this device a new wallet needs the admin token (npm start printed it when it made it).',
} as const satisfies Readonly<Record<string, string | PluralForms>>;

export const pairingQrZhCN: Translation<typeof pairingQrEn> = {
  'pairingQr.scan': '扫描配对二维码',
  'pairingQr.stopScan': '停止扫描',
  'pairingQr.loadingCamera': '正在加载摄像头…',
  'pairingQr.scanHint':
    '请对准运行 Saoma 的电脑显示的终端二维码（npm start 显示；下一个用 npm run pair 生成）。',
  'pairingQr.paymentCode':
    '这是付款码，不是配对二维码。它没有被发送到任何地方。请扫描终端配对二维码。',
  'pairingQr.otherServer':
    '此配对二维码属于另一台服务器（{origin}），不是本服务器。它没有被使用。请扫描本服务器显示的二维码。',
  'pairingQr.walletLink': '此二维码用于在手机上打开钱包模拟器。请改为扫描终端配对二维码。',
  'pairingQr.notPairing':
    '这不是配对二维码。请扫描 npm start 或 npm run pair 显示的终端二维码，或输入其配对码。',
  'pairingQr.byCode':
    '此设备位于店铺网络中，只能用一次性配对码配对：请扫描运行 Saoma 的电脑显示的终端二维码（npm run pair 可生成新的），或输入其配对码。',
  'pairingQr.linkRefused': '链接中的配对码未被接受：{reason}',
  'pairingQr.alreadyPaired': '此终端已配对，因此链接中的配对码未被使用。',
  'pairingQr.dismiss': '知道了',

  'walletPairing.openOnAnother': '在另一部手机上打开',
  'walletPairing.hide': '隐藏钱包二维码',
  'walletPairing.qr': '钱包配对二维码',
  'walletPairing.gettingCode': '正在获取钱包配对码…',
  'walletPairing.couldNotGetCode': '无法获取钱包配对码：{reason}',
  'walletPairing.scanIt':
    '请用另一部手机的相机扫描。它可在 {time} 之前在那部手机上打开此钱包一次。',
  'walletPairing.code': '配对码 {code}',
  'walletPairing.localhost':
    '此页面是在 {host} 打开的，其他手机无法访问：请在 npm start 显示的电脑网络地址上打开模拟器，再从那里显示二维码。',
  'walletPairing.added': {
    other: '已通过钱包配对码添加 {count} 个钱包。',
  },
  'walletPairing.linkRefused': '链接中的钱包配对码未被接受：{reason}',
  'walletPairing.howToGet':
    '此手机上还没有钱包。请扫描电脑上 npm start 显示的钱包二维码（npm run pair -- --wallet 可生成新的），或另一部手机在“在另一部手机上打开”下显示的二维码。',
  'walletPairing.adminToken': '管理员令牌',
  'walletPairing.adminTokenHint': '在此设备上新建钱包需要管理员令牌（npm start 生成它时已显示）。',
};
