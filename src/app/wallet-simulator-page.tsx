import { WalletSimulator } from '../features/wallet-sim/wallet-simulator.tsx';

export default function WalletSimulatorPage() {
  return <WalletSimulator />;
}
