import type { PluralForms, Translation } from '../catalogue-types.ts';

/** The wallet-server setting's messages, merged into en.ts and zh-CN.ts. */
export const walletServerEn = {
  'walletServer.title': 'Wallet server',
  'walletServer.address': 'Wallet server address',
  'walletServer.hint':
    'Leave it empty to use the server this page came from ({page}). A terminal hosted elsewhere needs the address the wallet server printed when it started, such as https://192.168.1.20:8443.',
  'walletServer.current': 'Talking to {wallet}.',
  'walletServer.save': 'Use this wallet server',
  'walletServer.saved': 'The wallet server is now {wallet}.',
  'walletServer.unchanged': 'That is already the wallet server.',
  'walletServer.changeUnpairs':
    'This terminal is paired with {wallet}. Choosing another wallet server unpairs it, and it pairs again with the new one.',
  'walletServer.confirm': 'Unpair and use {wallet}?',
  'walletServer.confirmYes': 'Unpair and switch',
  'walletServer.confirmNo': 'Keep {wallet}',
  'walletServer.noScheme':
    'Start the address with https:// (or http://), for example https://192.168.1.20:8443.',
  'walletServer.notUrl': 'That is not a web address. Type it like https://192.168.1.20:8443.',
  'walletServer.scheme': 'A wallet server is reached over https:// or http:// only.',
  'walletServer.notOrigin':
    'Give only the server’s address, such as https://192.168.1.20:8443, without a path, query or user name.',
  'walletServer.mixedContent':
    'This page was opened over HTTPS, so the browser will not let it call an http:// wallet server. Use the wallet server’s https:// address.',
  'walletServer.unreachable':
    'Cannot reach the wallet server at {wallet}. Check that it is running and reachable from this device, and that its ALLOWED_ORIGINS setting includes {page}.',
} as const satisfies Readonly<Record<string, string | PluralForms>>;

export const walletServerZhCN: Translation<typeof walletServerEn> = {
  'walletServer.title': '钱包服务器',
  'walletServer.address': '钱包服务器地址',
  'walletServer.hint':
    '留空则使用提供本页面的服务器（{page}）。部署在其他地方的收银台需要填写钱包服务器启动时显示的地址，例如 https://192.168.1.20:8443。',
  'walletServer.current': '当前连接：{wallet}。',
  'walletServer.save': '使用此钱包服务器',
  'walletServer.saved': '钱包服务器已改为 {wallet}。',
  'walletServer.unchanged': '这已经是当前的钱包服务器。',
  'walletServer.changeUnpairs':
    '本收银台已与 {wallet} 配对。改用其他钱包服务器会解除配对，并与新服务器重新配对。',
  'walletServer.confirm': '解除配对并改用 {wallet}？',
  'walletServer.confirmYes': '解除配对并切换',
  'walletServer.confirmNo': '继续使用 {wallet}',
  'walletServer.noScheme': '地址须以 https://（或 http://）开头，例如 https://192.168.1.20:8443。',
  'walletServer.notUrl': '这不是网址。请按 https://192.168.1.20:8443 的格式输入。',
  'walletServer.scheme': '钱包服务器只能通过 https:// 或 http:// 访问。',
  'walletServer.notOrigin':
    '只需填写服务器地址，例如 https://192.168.1.20:8443，不要带路径、查询参数或用户名。',
  'walletServer.mixedContent':
    '本页面通过 HTTPS 打开，浏览器不允许它访问 http:// 的钱包服务器。请使用钱包服务器的 https:// 地址。',
  'walletServer.unreachable':
    '无法连接 {wallet} 的钱包服务器。请确认服务器正在运行、本设备可以访问，并且其 ALLOWED_ORIGINS 设置包含 {page}。',
};
