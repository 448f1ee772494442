/** Share links as plain URLs: no scripts, no tracking, nothing loaded from the networks. */
export interface ShareLink {
  network: string;
  label: string;
  href: string;
}

export function shareLinks(title: string, url: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: "email", label: "Email", href: `mailto:?subject=${t}&body=${u}` },
    { network: "x", label: "X", href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: "linkedin", label: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: "facebook", label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
}
