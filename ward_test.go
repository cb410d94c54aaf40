package wardgraph

import "testing"

func TestLookupWard(t *testing.T) {
	tests := []struct{ key, code string }{
		{"西区", "27106"}, {"西", "27106"}, {"Nishi", "27106"}, {"nishi", "27106"}, {"NISHI", "27106"},
		{"27106", "27106"}, {"osaka/nishi", "27106"}, {" 大正区 ", "27108"}, {"Higashisumiyoshi", "27121"},
		{"北区", "27127"}, {"西淀川区", "27113"},
		{"", ""}, {"Shibuya", ""}, {"27100", ""},
	}
	for _, tt := range tests {
		w, ok := LookupWard(tt.key)
		if ok != (tt.code != "") || w.Code != tt.code {
			t.Errorf("LookupWard(%q) = %q, %v; want %q", tt.key, w.Code, ok, tt.code)
		}
	}
	if n := len(KnownWards()); n != 24 {
		t.Errorf("%d wards in the registry, want 24", n)
	}
	w, _ := LookupWard("nishi")
	if w.ID != "osaka/nishi" || w.CityCode != "27100" || w.NameRomaji != "Nishi" {
		t.Errorf("nishi = %+v", w)
	}
}
