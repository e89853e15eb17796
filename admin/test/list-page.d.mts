import type { Locator, Page } from 'playwright-core';

export const PAGE_SIZE: number;
export function listPageUrl(baseUrl: string, resource: string): string;
export function listRows(page: Page): Locator;
