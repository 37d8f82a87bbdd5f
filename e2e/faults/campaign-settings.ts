import { CAMPAIGN_FEATURES, type CampaignFeature } from './campaign/campaign-steps.ts';

/**
 * The campaign's knobs, from the environment:
 * - FAULT_SALES: how many sales (200 by default; 1000 by hand);
 * - FAULT_SEED: the seed of the plan (the same seed, the same plan);
 * - FAULT_PORT: the server's port, fixed so the page's origin and its IndexedDB survive restarts;
 * - FAULT_SKIP: pieces to leave out, comma-separated (see CAMPAIGN_FEATURES), to debug the rest.
 */
export const campaignSettings = {
  sales: wholeNumber('FAULT_SALES', 200),
  seed: wholeNumber('FAULT_SEED', 20261121),
  port: wholeNumber('FAULT_PORT', 18090),
  skip: skippedFeatures(process.env.FAULT_SKIP ?? ''),
};

export const CAMPAIGN_ORIGIN = `http://127.0.0.1:${campaignSettings.port}`;
export const CAMPAIGN_ADMIN_TOKEN = 'fault-campaign-admin-token';

function wholeNumber(name: string, fallback: number): number {
  const text = process.env[name]?.trim() ?? '';
  if (text === '') return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a whole number, got "${text}"`);
  return Number(text);
}

function skippedFeatures(text: string): CampaignFeature[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.map((name) => {
    const feature = CAMPAIGN_FEATURES.find((known) => known === name);
    if (!feature) {
      throw new Error(`FAULT_SKIP: "${name}" is not one of ${CAMPAIGN_FEATURES.join(', ')}`);
    }
    return feature;
  });
}
