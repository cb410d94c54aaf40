package model_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/wardgraph/wardgraph/graph/model"
)

func TestMoney(t *testing.T) {
	tests := []struct {
		in      any
		want    int64
		wantErr bool
	}{
		{int64(58_693_000), 58_693_000, false},
		{int(12), 12, false},
		{float64(5e9), 5_000_000_000, false},
		{json.Number("9007199254740993"), 9_007_199_254_740_993, false},
		{"5000000000", 5_000_000_000, false},
		{"-300", -300, false},
		{"12.5", 0, true},
		{1.5, 0, true},
		{true, 0, true},
		{"5千円", 0, true},
	}
	for _, tt := range tests {
		got, err := model.UnmarshalMoney(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("UnmarshalMoney(%#v) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
	var b bytes.Buffer
	model.MarshalMoney(9_007_199_254_740_993).MarshalGQL(&b)
	if b.String() != "9007199254740993" {
		t.Errorf("MarshalMoney wrote %q, want a JSON number", b.String())
	}
}
