import { Pipe, PipeTransform } from '@angular/core';

/**
 * Money: the API speaks yuan (two decimals), the screens show and edit 万元 (two decimals).
 * Conversions go through integer arithmetic so that no binary-fraction residue reaches the API.
 */

/** 万元 → yuan, rounded to the fen: 1.23456789 万元 → 12345.68 元. */
export function yuanFromWan(wan: number): number {
  return Math.round(wan * 1_000_000) / 100;
}

/** yuan → 万元 (not rounded; display rounds). */
export function wanFromYuan(yuan: number): number {
  return yuan / 10_000;
}

/** Sums yuan amounts in fen, so 0.1 + 0.2 stays 0.3. */
export function sumYuan(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0) / 100;
}

const WAN_FORMAT = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A yuan amount shown in 万元 with thousands separators and two decimals: 123456700 → "12,345.67". */
export function formatWan(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined || Number.isNaN(yuan)) {
    return '';
  }
  return WAN_FORMAT.format(Math.round(yuan) / 10_000 + 0);
}

/** `{{ project.totalInvestment | wanYuan }}` → "12,345.67" (万元). */
@Pipe({ name: 'wanYuan' })
export class WanYuanPipe implements PipeTransform {
  transform(yuan: number | null | undefined): string {
    return formatWan(yuan);
  }
}
