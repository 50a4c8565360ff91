/**
 * Docusaurus's heading (its id and its "#" link, unchanged), plus a button that copies the
 * section's address in one click: shown on hover and on keyboard focus, announced to screen
 * readers ("Link copied"). Where the browser cannot copy, the address goes to the address bar.
 *
 * Wrapped, not copied: the original heading is rendered as it is, and the button goes into the
 * tag it renders (passed as its `as`), after its "#" link, so the original keeps computing the
 * link's label from the heading's text. Without JavaScript the button is hidden (nothing could
 * copy), its space kept, so nothing moves when the page comes to life.
 */
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme-original/Heading';
import type {Props} from '@theme/Heading';
import clsx from 'clsx';
import {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import {announce, copySectionLink, statusRegion, type CopyOutcome} from './copyLink';
import styles from './styles.module.css';

type Level = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

const MESSAGES: Record<CopyOutcome, string> = {
  copied: 'Link copied',
  'in-address-bar': 'Copying is not available here: the address bar now links to this section',
};

function CopyLinkButton({id}: {id: string}): ReactNode {
  const isBrowser = useIsBrowser();
  const [outcome, setOutcome] = useState<CopyOutcome | undefined>();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    statusRegion();
    return () => window.clearTimeout(timer.current);
  }, []);
  const copy = async () => {
    const result = await copySectionLink(id);
    setOutcome(result);
    announce(MESSAGES[result]);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setOutcome(undefined), 2000);
  };
  return (
    <button
      type="button"
      className={clsx('copy-link', styles.copy)}
      onClick={copy}
      aria-label="Copy link to this section"
      title={outcome ? MESSAGES[outcome] : 'Copy link to this section'}
      data-copied={outcome}
      hidden={!isBrowser}>
      <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
        {outcome === 'copied' ? (
          <path d="M5 12.5l4.5 4.5L19 7.5" />
        ) : (
          <>
            <path d="M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2" />
            <path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2" />
          </>
        )}
      </svg>
    </button>
  );
}

/** The tag Docusaurus's heading renders, with the copy button after its contents. */
function withCopyButton(Tag: Level) {
  function HeadingTag({children, ...rest}: ComponentProps<Level>): ReactNode {
    return (
      <Tag {...rest}>
        {children}
        {rest.id && <CopyLinkButton id={rest.id} />}
      </Tag>
    );
  }
  HeadingTag.displayName = `${Tag}WithCopyLink`;
  return HeadingTag;
}

const TAGS: Record<Level, ReturnType<typeof withCopyButton>> = {
  h2: withCopyButton('h2'),
  h3: withCopyButton('h3'),
  h4: withCopyButton('h4'),
  h5: withCopyButton('h5'),
  h6: withCopyButton('h6'),
};

export default function HeadingWithCopyLink(props: Props): ReactNode {
  // Docusaurus links no h1 and no heading without an id: neither gets a button.
  if (props.as === 'h1' || !props.id) return <Heading {...props} />;
  return <Heading {...props} as={TAGS[props.as] as unknown as Props['as']} />;
}
