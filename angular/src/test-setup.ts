import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';

// As in app.config.ts: ng-zorro date pickers format dates in the zh-cn locale.
registerLocaleData(zh);

// jsdom lacks these browser APIs; ng-zorro (breakpoints, overlays) touches them.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
