import type { Plugin } from 'vite';

export const CLASSIC_ENTRY: string;
export const CLASSIC_CHUNKS: string;
export function classicBuild(options: { globalName: string }): Plugin;
