import { describe, expect, it } from 'vitest';
import { createDataAttributes } from '../../../src/map/dataAttributes';

/** An element whose dataset counts the writes it receives. */
function fakeElement(initial: Record<string, string>) {
  const writes: string[] = [];
  const dataset = new Proxy({ ...initial } as Record<string, string>, {
    set(target, key, value) {
      writes.push(`${String(key)}=${value}`);
      target[key as string] = value;
      return true;
    },
  });
  return { element: { dataset } as unknown as HTMLElement, writes };
}

describe('createDataAttributes()', () => {
  it('reads the page\'s value until it writes one', () => {
    const data = createDataAttributes();
    const { element } = fakeElement({ state: 'hidden' });
    expect(data.read(element, 'state')).toBe('hidden');
    expect(data.read(element, 'side')).toBeUndefined();
  });
  it('writes an attribute only when its value changes', () => {
    const data = createDataAttributes();
    const { element, writes } = fakeElement({ state: 'hidden' });
    data.write(element, 'state', 'hidden');
    data.write(element, 'state', 'marked');
    data.write(element, 'state', 'marked');
    data.write(element, 'side', 'left');
    expect(writes).toEqual(['state=marked', 'side=left']);
  });
  it('compares with what it wrote last, not with the DOM', () => {
    const data = createDataAttributes();
    const { element, writes } = fakeElement({});
    data.write(element, 'state', 'closed');
    (element.dataset as Record<string, string>).state = 'changed elsewhere';
    data.write(element, 'state', 'closed');
    expect(data.read(element, 'state')).toBe('closed');
    expect(writes).toEqual(['state=closed', 'state=changed elsewhere']);
  });
});
