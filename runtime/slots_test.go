package runtime

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSlotOffsets checks the table hasSlot and copySlot address the slots
// through: every slot has a field of its own, one pointer wide, in Type,
// and copying one slot sets that field and no other.
func TestSlotOffsets(t *testing.T) {
	seen := map[uintptr]slotID{}
	for id := range numSlots {
		off := slotOffsets[id]
		prev, dup := seen[off]
		require.False(t, dup, "slots %d and %d share offset %d", prev, id, off)
		seen[off] = id
		assert.Zero(t, off%unsafe.Sizeof(uintptr(0)), "slot %d misaligned", id)
		assert.Less(t, off, unsafe.Sizeof(Type{}), "slot %d outside Type", id)
	}

	// Copying each slot of a type that has many sets it alone.
	src := IntType
	for id := range numSlots {
		var dst Type
		dst.copySlot(src, id)
		for other := range numSlots {
			want := other == id && src.hasSlot(id)
			assert.Equal(t, want, dst.hasSlot(other), "copy of slot %d: slot %d", id, other)
		}
		dst.copySlot(nil, id)
		assert.False(t, dst.hasSlot(id), "slot %d cleared", id)
	}

	// The table names the fields the slots' names say.
	var dst Type
	dst.copySlot(ListType, slotGetItem)
	assert.NotNil(t, dst.GetItem)
	dst.copySlot(IntType, slotNum+slotID(OpAdd))
	assert.NotNil(t, dst.Num[OpAdd])
	assert.Nil(t, dst.INum[OpAdd])
	dst.copySlot(ListType, slotINum+slotID(OpAdd))
	assert.NotNil(t, dst.INum[OpAdd])
	dst.copySlot(IntType, slotHash)
	assert.NotNil(t, dst.Hash)
	assert.True(t, IntType.hasSlot(slotIndex))
	assert.False(t, ListType.hasSlot(slotIndex))
}
