import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => cleanup());

// findBy…/waitFor: generous on a busy machine (the default 1 s fails under load, not in code)
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks these; AntD's responsive grid and ECharts ask for them
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
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// charts cannot be drawn in jsdom: every chart renders as its label (see shared/charts/EChart)
vi.mock('../shared/charts/EChart', async () => {
  const { createElement } = await import('react');
  return {
    EChart: ({ label }: { label: string }) => createElement('div', { role: 'img', 'aria-label': label }),
  };
});
