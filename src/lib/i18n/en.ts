import type { PluralForms } from './catalogue-types.ts';
import { historyEn } from './areas/history.ts';
import { receiptEn } from './areas/receipt.ts';
import { reportsEn } from './areas/reports.ts';
import { reconciliationEn } from './areas/reconciliation.ts';
import { pairingQrEn } from './areas/pairing-qr.ts';
import { secureContextEn } from './areas/secure-context.ts';
import { walletServerEn } from './areas/wallet-server.ts';
import { reachEn } from './areas/reach.ts';

/**
 * The English messages, and the source of the message keys and their parameters. Tests read
 * many of these texts: change one only together with the tests (docs/I18N.md).
 */
export const baseEn = {
  // The terminal's frame
  'app.documentTitle': '{screen} · Saoma',
  'app.terminalId': 'Terminal {id}',
  'app.notPaired': 'Not paired',
  'app.connecting': 'Connecting to the wallet…',
  'app.tryAgain': 'Try again',
  'app.loadingWalletSimulator': 'Loading the wallet simulator…',
  'nav.label': 'Main',
  'nav.checkout': 'Checkout',
  'nav.history': 'History',
  'nav.reports': 'Reports',
  'nav.sync': 'Sync',
  'nav.settings': 'Settings',
  'common.loading': 'Loading…',

  // Money and time
  'amount.empty': 'Enter an amount.',
  'amount.format': 'Enter the amount in yuan with at most two decimals, e.g. 12.50.',
  'amount.tooSmall': 'The amount must be above 0.00.',
  'amount.tooLarge': 'The amount must be at most {max}.',
  'duration.hours': '{hours} h',
  'duration.minutes': '{minutes} min',
  'duration.hoursMinutes': '{hours} h {minutes} min',
  'age.seconds': '{seconds} s',
  'age.minutes': '{minutes} min {seconds} s',
  'age.hours': '{hours} h {minutes} min',
  'age.days': '{days} d {hours} h',

  // Providers
  'provider.alipay': 'Alipay',
  'provider.wechat': 'WeChat Pay',
  'provider.unionpay': 'UnionPay',

  // Checkout
  'checkout.amount': 'Amount',
  'checkout.charge': 'Charge',
  'checkout.keypad': 'Keypad',
  'checkout.keypadDelete': 'Delete',
  'checkout.keypadDecimal': 'Decimal point',
  'checkout.charging': "Charging {amount}: scan the customer's code",
  'checkout.loadingScanner': 'Loading the scanner…',
  'sale.charging': 'Charging…',
  'sale.sending': 'Charging {amount}…',
  'sale.userpaying': 'Waiting for customer to confirm {amount} in {provider}',
  'sale.secondsLeft': '{seconds} s left',
  'sale.unknown':
    'Outcome unknown for {outTradeNo}: the terminal keeps checking with the wallet. Do not charge again.',
  'sale.cancelling': 'Cancelling {amount}…',
  'sale.paid': 'Paid {amount} with {provider}',
  'sale.declined': 'Declined: {reason}',
  'sale.cancelled': 'Cancelled {amount}',
  'sale.cancelledBecause': 'Cancelled {amount}: {reason}',
  'sale.acceptedOffline':
    'Accepted offline {amount} ({provider}): it will be sent to the wallet when the terminal is online',
  'sale.forwarded': 'Accepted offline and confirmed: paid {amount} with {provider}',
  'sale.declinedAfterForwarding':
    'Declined after forwarding: {reason}. Follow up with the customer (see Sync).',
  'sale.failure': '{message} ({code})',
  'sale.noReason': 'no reason given',
  'sale.cancelTooLate': 'The sale moved on before it could be cancelled.',
  'sale.cancel': 'Cancel',
  'sale.newSale': 'New sale',
  'sale.receipt': 'Receipt',

  // Pairing
  'pairing.title': 'Pair this terminal',
  'pairing.hint': "Ask the shop owner for a one-time pairing code from the wallet's admin side.",
  'pairing.code': 'Pairing code',
  'pairing.pair': 'Pair',
  'pairing.pairing': 'Pairing…',
  'pairing.unreachable': 'The wallet could not be reached. Check the connection and try again.',
  'session.noIndexedDb':
    'This browser offers no IndexedDB (private mode?). Saoma needs it to keep sales safe.',
  'session.couldNotStart': 'The terminal could not start.',

  // Scanner
  'scanner.label': 'Scanner',
  'scanner.preview': 'Camera preview',
  'scanner.starting': 'Starting the camera…',
  'scanner.paused': 'Camera paused',
  'scanner.enterManually': 'Enter code manually',
  'scanner.close': 'Close scanner',
  'scanner.paymentCode': 'Payment code',
  'scanner.pay': 'Pay',
  'scanner.camera': 'Camera',
  'scanner.cameraNumber': 'Camera {number}',
  'scanner.torch': 'Torch',
  'scanner.zoom': 'Zoom',
  'scanner.torchRefused': 'The camera refused to change its torch.',
  'scanner.zoomRefused': 'The camera refused to change its zoom.',
  'scanner.startFailed': 'The scanner could not start ({reason}). Enter the code manually.',
  'scanner.previewBlocked': 'The browser blocked the camera preview. Tap it to start.',
  'scanner.disconnected': 'The camera was disconnected. Reopen the scanner to continue.',
  'scanner.stopped': 'Scanning stopped: {reason}',
  'scanner.workerFailed': 'The decode worker failed: {reason}',
  'scanner.workerNotLoaded': 'it could not be loaded',
  'camera.insecure':
    'The camera needs a secure page (https:// or localhost). Enter the code manually, use a scan gun, or open Saoma over HTTPS.',
  'camera.unsupported':
    'This browser cannot use the camera. Enter the code manually or use a scan gun.',
  'camera.denied':
    'Camera permission was denied. Allow the camera for this site in the browser settings, or enter the code manually.',
  'camera.missing':
    'No camera was found on this device. Enter the code manually or use a scan gun.',
  'camera.busy':
    'The camera is in use by another app or tab. Close it and try again, or enter the code manually.',
  'camera.failed': 'The camera could not be started. Try again, or enter the code manually.',
  'scan.empty': 'No code was entered.',
  'scan.notPaymentCode':
    'Not a payment code. Ask the customer to open the pay screen of Alipay, WeChat Pay or UnionPay.',
  'scan.offlineNotWellFormed':
    'Not a valid offline code: it is not a well-formed SOP1 offline code. Ask the customer to refresh the offline code.',
  'scan.offlineWrongShape':
    'Not a valid offline code: it holds an offline payload of the wrong shape. Ask the customer to refresh the offline code.',
  'scan.offlineMalformed':
    'Not a valid offline code. Ask the customer to refresh the offline code.',
  'scan.productBarcode':
    'That is a product barcode (EAN-13), not a payment code. Scan the code on the customer’s phone.',

  // Offline acceptance
  'offline.onlineCodeRefused': 'Offline: ask for an offline code or take cash.',
  'offline.noKeys':
    "This terminal has not fetched the wallet's keys yet, so it cannot check offline codes. Connect once, then try again.",
  'offline.unknownKey':
    "This offline code is signed with a key this terminal does not know. Connect once to refresh the wallet's keys, or take cash.",
  'offline.badSignature': "This offline code's signature is not valid. Do not accept it.",
  'offline.notYetValid':
    "This offline code is not valid until {time}. Check the terminal's clock, or take cash.",
  'offline.expired':
    'This offline code expired at {time}. Ask the customer to refresh their offline codes.',
  'offline.overCodeCap': 'This offline code allows at most {cap}. Take {amount} another way.',
  'offline.alreadyAccepted': 'This offline code was already used for a sale on this terminal.',
  'offline.overSaleLimit':
    'Offline sales are limited to {limit} each on this terminal. Take {amount} another way.',
  'offline.overPendingLimit':
    "Offline sales waiting to be sent already total {pending}; with this {amount} sale they would pass the terminal's limit of {limit}. Reconnect to send them, or take cash.",
  'offline.pendingTooOld':
    'The oldest offline sale has waited over {duration} to be sent. Reconnect before accepting more offline sales.',

  // Settings
  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.languageHint': 'The language of this terminal. It applies at once and is remembered.',
  'limits.title': 'Offline limits',
  'limits.hint': "Sales taken offline are the shop's risk until the wallet confirms them.",
  'limits.perSale': 'Offline limit per sale (¥)',
  'limits.totalPending': 'Offline limit for all pending sales (¥)',
  'limits.oldestPending': 'Oldest pending sale, at most (hours)',
  'limits.save': 'Save limits',
  'limits.fixFields': 'Nothing was saved: correct the marked fields.',
  'limits.saved':
    'Saved: {perSale} per offline sale, {totalPending} for all pending offline sales, and no new offline sale once the oldest has waited {duration}.',
  'limits.notSaved': 'Nothing was saved: {reason}',
  'limits.hoursFormat': 'Enter the hours as a number, e.g. 24 or 1.5.',
  'limits.perSaleWhole': 'The per-sale limit must be a whole number of fen.',
  'limits.perSaleMin': 'The per-sale limit must be at least {min}.',
  'limits.perSaleMax': 'The per-sale limit must be at most {max}.',
  'limits.totalWhole': 'The total pending limit must be a whole number of fen.',
  'limits.totalMin': 'The total pending limit must be at least {min}.',
  'limits.totalBelowPerSale':
    'The total pending limit must be at least the per-sale limit ({perSale}).',
  'limits.oldestWhole': 'The oldest-pending limit must be a whole number of milliseconds.',
  'limits.oldestRange': 'The oldest-pending limit must be between 1 minute and 7 days.',
  'data.title': 'Pairing and local data',
  'data.hint':
    'Unsent sales live only on this device. Unpairing or clearing the data is refused while any are waiting, unless you export them first.',
  'data.unpair': 'Unpair this terminal',
  'data.clear': 'Clear local data',
  'data.confirm': 'Confirm',
  'data.unpairQuestion':
    'Unpair this terminal? It forgets its key and cannot take payments until it is paired again with a new pairing code.',
  'data.unpairYes': 'Yes, unpair',
  'data.clearQuestion':
    'Clear all local data? This deletes the journal of sales on this device, the pairing, the cached wallet keys and the settings. The wallet keeps its own records.',
  'data.clearYes': 'Yes, clear local data',
  'data.exportedNotSent': {
    one: '{question} The {count} unsent sale in the file you exported will not be sent from this terminal.',
    other:
      '{question} The {count} unsent sales in the file you exported will not be sent from this terminal.',
  },
  'data.goBack': 'Go back',
  'unsent.refunds': {
    one: '{count} refund is not sent yet. Sync it first.',
    other: '{count} refunds are not sent yet. Sync them first.',
  },
  'unsent.sales': {
    one: '{count} sale is not sent yet. Export it first, or sync it.',
    other: '{count} sales are not sent yet. Export them first, or sync them.',
  },

  // Sync
  'sync.title': 'Sync',
  'sync.outbox': 'Outbox',
  'sync.now': 'Sync now',
  'sync.nothingWaiting': 'Nothing is waiting to be sent.',
  'sync.pendingRefunds': 'Refunds waiting to be sent',
  'sync.pendingRefund': 'Refund of {amount} for sale {outTradeNo}',
  'sync.sending': { one: 'Sending {count} pending sale…', other: 'Sending {count} pending sales…' },
  'sync.sendingOffline': {
    one: 'Sending {count} pending sale… The terminal is offline: they go as soon as the wallet answers.',
    other:
      'Sending {count} pending sales… The terminal is offline: they go as soon as the wallet answers.',
  },
  'sync.exportPending': 'Export pending (CSV)',
  'sync.exportedPending': {
    one: 'Exported {count} pending sale.',
    other: 'Exported {count} pending sales.',
  },
  'sync.exportAttention': 'Export needs-attention (CSV)',
  'sync.exportedAttention': {
    one: 'Exported {count} sale that needs attention.',
    other: 'Exported {count} sales that need attention.',
  },
  'sync.pending': 'Pending',
  'sync.pendingCount': 'Pending ({count})',
  'sync.needsAttention': 'Needs attention',
  'sync.needsAttentionCount': 'Needs attention ({count})',
  'sync.attentionHint':
    "Declined after forwarding: the terminal accepted the sale offline but the wallet refused it, so the money was not collected. This is the shop's risk: follow up with the customer. Outcome unknown for long: do not charge again; the terminal keeps checking.",
  'facts.pending': 'Pending',
  'facts.notSentYet': '{count} not sent yet',
  'facts.oldestPending': 'Oldest pending',
  'facts.none': 'None',
  'facts.age': '{age} old',
  'facts.exposure': 'Offline exposure',
  'facts.exposureValue': {
    one: '{pending} of {limit} ({count} offline sale)',
    other: '{pending} of {limit} ({count} offline sales)',
  },
  'facts.exposureMeter': 'Offline exposure against the limit',
  'facts.limits': 'Offline limits',
  'facts.limitsValue':
    '{perSale} per sale; no new offline sale once the oldest has waited {duration}',
  'facts.connection': 'Connection',
  'facts.connectionValue': '{browser}; {wallet}',
  'facts.browserOnline': 'Browser online',
  'facts.browserOffline': 'Browser offline',
  'facts.walletAnswering': 'wallet answering',
  'facts.walletNotAnswering': 'wallet not answering',
  'facts.sending': 'Sending',
  'facts.leader': 'This tab sends the pending sales',
  'facts.leaderSending': 'This tab sends the pending sales (sending now)',
  'facts.follower':
    'Another tab of this terminal sends the pending sales; this tab takes over if it closes',
  'storage.checking': 'Storage: checking…',
  'storage.granted': 'Storage: persistent',
  'storage.denied': 'Storage may be cleared by the browser when space runs low',
  'storage.unsupported': 'Storage: this browser cannot make storage persistent, so it may clear it',
  'storage.withUse': '{persistence} (using {usage} of {quota})',
  'strip.offline': 'Offline',
  'strip.online': 'Online',
  'strip.allSent': 'All sent',
  'strip.pending': '{count} pending',
  'strip.exposure': '{pending} of {limit} offline',
  'strip.oldest': 'oldest {age}',
  'pending.region': 'Pending sales',
  'pending.outTradeNo': 'Out trade no',
  'pending.state': 'State',
  'pending.amount': 'Amount',
  'pending.mode': 'Mode',
  'pending.code': 'Code',
  'pending.attempts': 'Attempts',
  'pending.lastError': 'Last error',
  'pending.nextAttempt': 'Next attempt',
  'pending.truncated': 'Showing the first {shown} of {total}. Export the list to see them all.',
  'mode.online': 'online',
  'mode.offline': 'offline',
  'state.created': 'Not sent yet',
  'state.sending': 'Sending',
  'state.userpaying': 'Waiting for customer',
  'state.unknown': 'Outcome unknown',
  'state.cancelling': 'Cancelling',
  'state.paid': 'Paid',
  'state.declined': 'Declined',
  'state.cancelled': 'Cancelled',
  'state.accepted-offline': 'Accepted offline',
  'state.forwarding': 'Forwarding',
  'state.forwarded': 'Forwarded, paid',
  'state.declined-after-forwarding': 'Declined after forwarding',
  'attention.none': 'Nothing needs attention.',
  'attention.sale': 'Sale',
  'attention.amount': 'Amount',
  'attention.amountValue': '{amount} with {provider} ({mode})',
  'attention.state': 'State',
  'attention.code': 'Code',
  'attention.takenAt': 'Taken at',
  'attention.walletSaid': 'Wallet said',
  'attention.lastError': 'Last error',
  'attention.markFollowedUp': 'Mark as followed up',
  'attention.declinedAfterForwarding':
    'Declined after forwarding: the money was not collected. Follow up with the customer.',
  'attention.unknownTooLong':
    'Outcome unknown for over {minutes} minutes: do not charge again; the terminal keeps checking.',
  'attention.manyAttempts':
    '{attempts} attempts failed ({threshold} or more): check the connection to the wallet.',

  // Messages from the lower layers
  'storageError.full':
    'The device storage is full, so Saoma cannot record the sale safely. Send pending sales and free some space, then try again.',
  'storageError.unavailable':
    'This browser offers no working storage (a private window, or storage is blocked), so Saoma cannot keep sales safe. Open it in a normal window.',
  'walletClient.unreachable': 'The wallet could not be reached.',
  'walletClient.unexpectedAnswer': 'The wallet sent an unexpected answer ({status}).',
  'walletClient.tryLater': 'The wallet asked to try again later (HTTP {status}).',
  'walletClient.unavailable': 'The wallet is unavailable (HTTP {status}).',
  'walletClient.replayed': 'The wallet received this request twice; asking again.',
  'outbox.interrupted': 'interrupted before the answer',
  'refund.noSale': 'There is no sale {outTradeNo} on this terminal.',
  'refund.notPaid': 'Only a paid sale can be refunded; {outTradeNo} is {state}.',
  'refund.tooSmall': 'The refund amount must be at least {min}.',
  'refund.tooMuch': 'At most {amount} of this sale can still be refunded.',

  // The update prompt (src/features/app-update)
  'update.ready': 'A new version is ready',
  'update.reload': 'Reload',

  // The wallet simulator (the customer's phone)
  'wallet.documentTitle': 'Saoma wallet simulator',
  'wallet.brand': 'Saoma wallet simulator',
  'wallet.terminalLink': 'Terminal',
  'wallet.loadingWallets': 'Loading wallets…',
  'wallet.wallet': 'Wallet',
  'wallet.demoRemembered':
    'Showing the demo wallets this phone remembers; the wallet is not reachable: {reason}',
  'wallet.demoUnavailable': 'Demo wallets are not available: {reason}',
  'wallet.newWallet': 'New wallet',
  'wallet.name': 'Name',
  'wallet.startingBalance': 'Starting balance',
  'wallet.create': 'Create wallet',
  'wallet.balance': 'Balance',
  'wallet.provider': 'Provider',
  'wallet.offlineCode': 'Offline code',
  'wallet.recent': 'Recent',
  'paymentStatus.SUCCESS': 'SUCCESS',
  'paymentStatus.USERPAYING': 'USERPAYING',
  'paymentStatus.FAILED': 'FAILED',
  'paymentStatus.CLOSED': 'CLOSED',
  'wallet.recentItem': '{provider} {amount} {status} · {merchant}',
  'wallet.fieldError': '{field}: {message}',
  'wallet.couldNotRead': 'Could not read the wallet.',
  'wallet.couldNotGetCode': 'Could not get a payment code.',
  'wallet.barcode': 'Payment barcode',
  'wallet.codeDigits': 'Payment code digits',
  'wallet.qr': 'Payment QR code',
  'wallet.refreshes': 'Refreshes in {refresh} s (valid {valid} s)',
  'wallet.offlineQr': 'Offline payment code',
  'wallet.paysUpTo': 'Pays up to {cap} with {provider}, without a network.',
  'wallet.paysUpToAny': 'Pays up to {cap}, without a network.',
  'wallet.codeValidity': {
    one: 'Valid until {time} ({left} left). This is the last code on this phone.',
    other: 'Valid until {time} ({left} left). {count} codes left on this phone.',
  },
  'wallet.offlineCodeText': 'Offline code text',
  'wallet.nextCode': 'Next code',
  'wallet.gettingCodes': 'Getting offline codes…',
  'wallet.noCodes': 'No offline codes on this phone. Get new ones while the phone is online.',
  'wallet.capPerCode': 'Cap per code',
  'wallet.capError': 'Cap per code: {error}',
  'wallet.codeCount': 'Number of codes',
  'wallet.getCodes': 'Get new offline codes',
  'wallet.batchNote': 'Replaces the codes on this phone with {count} new ones. Needs the network.',
  'wallet.cannotKeepCodes': 'This phone could not keep the offline codes ({reason}).',
  'wallet.storageUnavailable': 'storage is unavailable',
  'wallet.couldNotGetCodes': 'Could not get offline codes: {reason}',
  'prompt.checkFailed': 'Could not check for payment requests: {reason}',
  'prompt.confirmFailed': 'Could not confirm {amount}: {reason}',
  'prompt.rejectFailed': 'Could not reject {amount}: {reason}',
  'prompt.request': 'Payment request: {merchant} asks for {amount} with {provider}.',
  'prompt.paid': 'Paid {amount} to {merchant}.',
  'prompt.rejected': 'Rejected: {amount} to {merchant} was not paid.',
  'prompt.notPaid': 'Not paid: {amount} to {merchant}. {reason}',
  'prompt.article': 'Payment request of {amount}',
  'prompt.asks': '{merchant} asks you to pay',
  'prompt.secondsLeft': '{seconds} s left to answer',
  'prompt.timeUp': 'Time is up',
  'prompt.confirm': 'Confirm payment',
  'prompt.reject': 'Reject payment',
} as const satisfies Readonly<Record<string, string | PluralForms>>;

/** Every English message: the frame's and those of the screens with files of their own. */
export const en = {
  ...baseEn,
  ...historyEn,
  ...receiptEn,
  ...reportsEn,
  ...reconciliationEn,
  ...secureContextEn,
  ...pairingQrEn,
  ...walletServerEn,
  ...reachEn,
} as const;
