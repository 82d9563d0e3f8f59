import { describe, expect, it } from 'vitest'
import { searchKeys } from './search-keys'

describe('search keys', () => {
  it('gives 张𠮷祥 the full pinyin and initials zjx (𠮷 read as ji)', () => {
    expect(searchKeys('张𠮷祥', '11010519491231002X')).toEqual({ nameRest: '𠮷祥', namePinyin: 'zhangjixiang', nameInitials: 'zjx', idReversed: 'X20013219491501011' })
  })
  it('reads surnames with their surname pronunciation (曾 zeng, 单 shan)', () => {
    expect(searchKeys('曾小明', 'X').nameInitials).toBe('zxm')
    expect(searchKeys('单䶮', 'X').namePinyin).toBe('shanyan')
  })
  it('ignores the middle dot of ethnic names', () => {
    expect(searchKeys('阿依古丽·买买提', 'X').nameInitials).toBe('ayglmmt')
  })
})
