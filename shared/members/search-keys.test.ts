import { describe, expect, it } from 'vitest'
import { searchKeys } from './search-keys'

describe('search keys', () => {
  it('gives 张𠮷祥 the full pinyin and initials zjx (𠮷 read as ji)', () => {
    expect(searchKeys('张𠮷祥', '11010519491231002X')).toEqual({ nameRest: '𠮷祥', nameKey: '张𠮷祥', nameGiven: null, namePinyin: 'zhangjixiang', nameInitials: 'zjx', idReversed: 'X20013219491501011' })
  })
  it('reads surnames with their surname pronunciation (曾 zeng, 单 shan)', () => {
    expect(searchKeys('曾小明', 'X').nameInitials).toBe('zxm')
    expect(searchKeys('单䶮', 'X').namePinyin).toBe('shanyan')
  })
  it('ignores the middle dot of ethnic names', () => {
    expect(searchKeys('阿依古丽·买买提', 'X').nameInitials).toBe('ayglmmt')
  })
  it('keys a name without its dots, and by the part after the dot or after a 复姓', () => {
    expect(searchKeys('阿依古丽·买买提', 'X')).toMatchObject({ nameKey: '阿依古丽买买提', nameGiven: '买买提' })
    expect(searchKeys('穆罕默德·阿卜杜拉·艾力', 'X')).toMatchObject({ nameKey: '穆罕默德阿卜杜拉艾力', nameGiven: '阿卜杜拉艾力' })
    expect(searchKeys('欧阳明月轩', 'X')).toMatchObject({ nameKey: '欧阳明月轩', nameGiven: '明月轩' })
    expect(searchKeys('欧阳', 'X')).toMatchObject({ nameKey: '欧阳', nameGiven: null })
    expect(searchKeys('王小明', 'X')).toMatchObject({ nameKey: '王小明', nameGiven: null })
  })
})
