/** An independent oracle for exact sums: schoolbook addition of non-negative decimal digit strings (no bigint, no float). */
export const addDigits = (a: string, b: string): string => {
  let out = ""
  let carry = 0
  for (let i = a.length - 1, j = b.length - 1; i >= 0 || j >= 0 || carry > 0; i--, j--) {
    const s = (i >= 0 ? a.charCodeAt(i) - 48 : 0) + (j >= 0 ? b.charCodeAt(j) - 48 : 0) + carry
    out = String(s % 10) + out
    carry = s >= 10 ? 1 : 0
  }
  return out.replace(/^0+(?=\d)/u, "")
}
