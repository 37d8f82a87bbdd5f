import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './app/app.css';
import { takePairFragment } from './lib/page/pair-fragment.ts';
import { registerServiceWorker } from './lib/pwa/app-updates.ts';

// Before anything reads the location: a pairing link's code leaves the URL at once.
takePairFragment();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
