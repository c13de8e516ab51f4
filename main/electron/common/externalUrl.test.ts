import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './externalUrl';

describe('links opened outside the app', () => {
  it.each(['https://www.england.nhs.uk/patient-safety/', 'HTTPS://example.org/a?b=c#d', 'mailto:reports@example.nhs.uk'])(
    'allows %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://casebook/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.org/',
    'https://',
    'mailto:',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});
