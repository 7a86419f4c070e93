import { createContext, useContext } from 'react';

/** The rectangle inside the chart's margins where lanes are drawn, in SVG pixels. */
export type PlotArea = { x: number; y: number; width: number; height: number };

// The timeline draws on recharts' bare Surface rather than a chart wrapper: a wrapper brings
// recharts' whole state store into the first view's bundle (about 50 KB gzip) only to tell the
// layers where the plot area is, which the chart already knows. This context carries it instead.
export const PlotAreaContext = createContext<PlotArea | null>(null);

export function usePlotArea(): PlotArea | null {
  return useContext(PlotAreaContext);
}
