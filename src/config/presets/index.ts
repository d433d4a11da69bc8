import type { ConfigFile } from '../types.js';
import { helsinkiPreset } from './helsinki.js';
import { recommendedPreset } from './recommended.js';

/** Built-in presets by the name used in `extends`. Adding one is one file + one line here. */
export const presets: Readonly<Record<string, ConfigFile>> = {
  recommended: recommendedPreset,
  helsinki: helsinkiPreset,
};

export const presetNames = Object.keys(presets);
