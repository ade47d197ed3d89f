/**
 * An embed page's only script: loads its wiring (embedPage.ts with the chart and map code) once the page has painted
 * its first content, so the chart's title never waits for that code.
 */
import { afterFirstPaint } from '../lib/afterFirstPaint';

afterFirstPaint(() => void import('./embedPage'));
