/**
 * The story page's only script: loads the scroll wiring (story.ts, its libraries and the chart and map code) once the
 * page has painted its first content, so the headline and dek never wait for that code to download, compile and set
 * up (Lighthouse's LCP counts every request and task before the paint that shows them).
 */
import '../components/languageSwitch';
import { afterFirstPaint } from '../lib/afterFirstPaint';

afterFirstPaint(() => void import('./story'));
