// A small decision record the tests share: every customer section filled in, about gift wrapping.

/** Title and the first four customer sections. */
export const GIFT_WRAP_HEAD = [
  '# Gift wrapping at checkout',
  '',
  '## Customers',
  '',
  'Shoppers buying presents in December.',
  '',
  '## Problem solved',
  '',
  'They wrap at home and the paper tears.',
  '',
  '## Customer impact',
  '',
  'A "gift wrap" box at checkout, for 3 euros.',
  '',
  '## Value created',
  '',
  'A present ready to give.',
  '',
];
