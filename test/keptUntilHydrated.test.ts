// What a phone no longer hydrates (src/components/KeptUntilHydrated, whose index.tsx tells the
// server, a hydrating page and a hydrated one apart): the server's HTML is kept as it is while
// React hydrates the page (no mismatch, the same elements, nothing attached to them), then the
// children are rendered in its place, once, with nothing left over from the kept HTML.
// @vitest-environment happy-dom
import {act, createElement, useState, type ReactElement} from 'react';
// @ts-expect-error react-dom has no types here (@types/react-dom is not a dependency); typed below.
import {hydrateRoot as hydrateUntyped} from 'react-dom/client';
// @ts-expect-error as above
import {renderToString as renderUntyped} from 'react-dom/server';
import {afterEach, describe, expect, it} from 'vitest';
import Kept from '../src/components/KeptUntilHydrated/Kept';

const hydrateRoot = hydrateUntyped as (container: Element, element: ReactElement, options: {onRecoverableError: (error: unknown) => void}) => {render(element: ReactElement): void; unmount(): void};
const renderToString = renderUntyped as (element: ReactElement) => string;
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('KeptUntilHydrated', () => {
  it('renders its children on the server, keeps that HTML while the page hydrates, then renders them in its place', async () => {
    let clicks = 0;
    function Sidebar(): ReactElement {
      const [open, setOpen] = useState(false);
      return createElement('nav', {className: 'menu'}, createElement('button', {onClick: () => (clicks++, setOpen(!open))}, open ? 'Close' : 'Open'));
    }
    const page = (hydrating: boolean) => createElement('aside', null, createElement(Kept, {hydrating, children: createElement(Sidebar)}));

    const served = renderToString(page(false));
    expect(served).toBe('<aside><div style="display:contents"><nav class="menu"><button>Open</button></nav></div></aside>');

    const container = document.createElement('div');
    container.innerHTML = served;
    document.body.append(container);
    const button = container.querySelector('button')!;
    const errors: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, page(true), {onRecoverableError: (error) => errors.push(error)}));
    expect(errors).toEqual([]);
    expect(container.innerHTML).toBe(served);
    // Kept, not hydrated: the same element, and React attached nothing to it.
    expect(container.querySelector('button')).toBe(button);
    await act(async () => button.click());
    expect(clicks).toBe(0);

    await act(async () => root.render(page(false)));
    // The same markup (the style written the DOM's way), made anew, and nothing left of the kept one.
    expect(container.innerHTML).toBe(served.replace('display:contents', 'display: contents;'));
    expect(container.querySelector('button')).not.toBe(button);
    await act(async () => container.querySelector('button')!.click());
    expect(clicks).toBe(1);
    expect(container.querySelector('button')!.textContent).toBe('Close');
    act(() => root.unmount());
  });
});
